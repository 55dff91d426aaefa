//! The `natsx` binary: `natsx server ...` runs the broker with nats-server's own
//! command line; every other subcommand is a client tool from `natsx-commands`.

fn main() {
    let args: Vec<String> = std::env::args().collect();
    if args.get(1).map(String::as_str) == Some("server") {
        std::process::exit(natsx_server::run(&args[2..]));
    }
    std::process::exit(natsx_commands::main(args));
}
