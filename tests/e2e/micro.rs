//! `natsx micro` (issue 14) against services made with async-nats' service API, on
//! natsx and on nats-server 2.15.1 (the command is a client of both).

use std::time::Duration;

use async_nats::service::ServiceExt;
use bytes::Bytes;
use futures::StreamExt;

use crate::harness::{natsx, Server};

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn micro_lists_describes_counts_and_pings_services() {
    for server in [Server::start(&[]), Server::reference_with_config("")] {
        let client = async_nats::connect(server.url()).await.unwrap();
        let mut ids = Vec::new();
        let mut services = Vec::new();
        for _ in 0..2 {
            let service = client.service_builder().description("adds numbers").start("calc", "1.2.3").await.unwrap();
            ids.push(service.info().await.id);
            let mut add = service.endpoint("add").await.unwrap();
            tokio::spawn(async move {
                while let Some(request) = add.next().await {
                    let _ = request.respond(Ok(Bytes::from("3"))).await;
                }
            });
            services.push(service);
        }
        for _ in 0..4 {
            client.request("add", Bytes::from("1 2")).await.unwrap();
        }
        let url = server.url();
        let run = |args: &[&str]| {
            let mut all = vec!["-s", url.as_str()];
            all.extend_from_slice(args);
            natsx(&all, None, Duration::from_secs(10))
        };
        let (code, out, err) = tokio::task::block_in_place(|| run(&["micro", "ls"]));
        assert_eq!(code, 0, "{err}");
        assert!(out.contains("calc") && out.contains("1.2.3") && out.contains("adds numbers"), "{out}");
        assert!(ids.iter().all(|id| out.contains(id.as_str())), "both instances: {out}");
        let (code, out, _) = tokio::task::block_in_place(|| run(&["micro", "info", "calc", &ids[0]]));
        assert_eq!(code, 0);
        assert!(out.contains("add") && out.contains(&ids[0]) && !out.contains(&ids[1]), "one instance by id: {out}");
        let (code, out, _) = tokio::task::block_in_place(|| run(&["micro", "stats", "calc", "--json"]));
        assert_eq!(code, 0);
        let stats: serde_json::Value = serde_json::from_str(&out).unwrap();
        let total: u64 = stats
            .as_array()
            .unwrap()
            .iter()
            .flat_map(|s| s["endpoints"].as_array().unwrap().iter().map(|e| e["num_requests"].as_u64().unwrap()))
            .sum();
        assert_eq!(total, 4, "{stats}");
        let (code, out, _) = tokio::task::block_in_place(|| run(&["micro", "ping"]));
        assert_eq!(code, 0);
        assert!(out.contains("2 replies"), "{out}");
        // Bad input: an unknown service, a name with a wildcard.
        let (code, _, err) = tokio::task::block_in_place(|| run(&["micro", "info", "nope"]));
        assert!(code != 0 && err.contains("no instance of service \"nope\""), "{err}");
        let (code, _, err) = tokio::task::block_in_place(|| run(&["micro", "stats", "a.*"]));
        assert!(code != 0 && err.contains("invalid service name"), "{err}");
        drop(services);
    }
}
