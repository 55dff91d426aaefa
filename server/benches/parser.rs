//! Micro-benchmarks of the client-protocol parser: a read buffer full of small
//! publishes (the hot path) and of large ones.

use criterion::{criterion_group, criterion_main, BenchmarkId, Criterion, Throughput};
use natsx_server::protocol::client::{parse, ParseLimits, Parsed};

const LIMITS: ParseLimits = ParseLimits { max_control_line: 4096, max_payload: 1024 * 1024 };

fn buffer_of_pubs(size: usize, count: usize) -> Vec<u8> {
    let mut buf = Vec::new();
    for _ in 0..count {
        buf.extend_from_slice(format!("PUB bench.subject.foo {size}\r\n").as_bytes());
        buf.extend(std::iter::repeat_n(b'x', size));
        buf.extend_from_slice(b"\r\n");
    }
    buf
}

fn parse_all(buf: &[u8]) -> usize {
    let mut at = 0;
    let mut ops = 0;
    while let Ok(Parsed::Op(_, n)) = parse(&buf[at..], LIMITS) {
        at += n;
        ops += 1;
    }
    ops
}

fn parser(c: &mut Criterion) {
    let mut group = c.benchmark_group("parse_pub");
    for size in [16usize, 128, 1024] {
        let buf = buffer_of_pubs(size, 1000);
        group.throughput(Throughput::Elements(1000));
        group.bench_with_input(BenchmarkId::from_parameter(size), &buf, |b, buf| b.iter(|| parse_all(buf)));
    }
    group.finish();
}

criterion_group!(benches, parser);
criterion_main!(benches);
