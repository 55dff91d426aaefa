//! Micro-benchmarks of the interest trie: matching against many subscriptions with
//! literals and wildcards, and the cost of inserting and removing.

use std::sync::Arc;

use criterion::{criterion_group, criterion_main, Criterion};
use natsx_server::sublist::{Interest, Sublist};

struct Sub(Vec<u8>);

impl Interest for Sub {
    fn subject(&self) -> &[u8] {
        &self.0
    }
    fn queue(&self) -> Option<&[u8]> {
        None
    }
}

fn populated(n: usize) -> Sublist<Sub> {
    let list = Sublist::new();
    for i in 0..n {
        list.insert(Arc::new(Sub(format!("orders.region{}.customer{}", i % 10, i).into_bytes())));
        if i < 10 {
            list.insert(Arc::new(Sub(format!("orders.region{i}.*").into_bytes())));
        }
    }
    list.insert(Arc::new(Sub(b"orders.>".to_vec())));
    list
}

fn sublist(c: &mut Criterion) {
    let list = populated(100_000);
    c.bench_function("match literal among 100k", |b| b.iter(|| list.matches(b"orders.region3.customer4243").receivers()));
    c.bench_function("match miss among 100k", |b| b.iter(|| list.matches(b"payments.region3.x").receivers()));
    c.bench_function("insert+remove", |b| {
        let sub = Arc::new(Sub(b"orders.region5.new".to_vec()));
        b.iter(|| {
            list.insert(sub.clone());
            list.remove(&sub)
        })
    });
}

criterion_group!(benches, sublist);
criterion_main!(benches);
