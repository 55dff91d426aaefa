//! End-to-end tests: the real `natsx` binary on loopback, driven by the official
//! `async-nats` client, by raw TCP, and by running `natsx` subcommands as processes.
//! One test binary with modules keeps link time down on small machines.

mod harness;

mod account_cli;
mod auth;
mod bench;
mod browser;
mod callout;
mod cli;
mod cluster;
mod cluster_tls;
mod context;
mod core;
mod docs;
mod fail_closed;
mod gateways;
mod imports;
mod jetstream;
mod jetstream_api;
mod jetstream_cli;
mod jetstream_durability;
mod jetstream_faults;
mod jetstream_features;
mod jetstream_rules;
mod kv;
mod leafnodes;
mod limits;
mod mappings;
mod metrics;
mod micro;
mod monitor;
mod nkeys;
mod operator;
mod protocol;
mod python_client;
mod repl;
mod resolver;
mod route_pools;
mod server_admin;
mod server_cli;
mod services;
mod tls;
mod websocket;
