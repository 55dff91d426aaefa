//! The `natsx` binary: `natsx server ...` runs the broker with nats-server's own
//! command line; every other subcommand is a client tool from `natsx-commands`.

/// Where the `server` subcommand is, skipping leading connection flags (which may come
/// before any subcommand, `server` included, where they have no effect on the broker);
/// `None` when the command is another one.
fn server_position(args: &[String]) -> Option<usize> {
    let mut i = 1;
    while let Some(arg) = args.get(i) {
        if arg == "server" {
            return Some(i);
        }
        let name = arg.split_once('=').map_or(arg.as_str(), |(n, _)| n);
        if !natsx_commands::CONNECTION_FLAGS_WITH_VALUE.contains(&name) {
            return None;
        }
        i += if arg.contains('=') { 1 } else { 2 };
    }
    None
}

fn main() {
    // The server and the client commands alike move object chunks of 128 KiB.
    natsx_server::allocator::tune();
    let args: Vec<String> = std::env::args().collect();
    if let Some(at) = server_position(&args) {
        let tool = natsx_commands::server_tool_position(&args[at + 1..]).is_some();
        if !tool {
            std::process::exit(natsx_server::run(&args[at + 1..]));
        }
    }
    std::process::exit(natsx_commands::main(args));
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn server_after_global_flags() {
        let args = |a: &[&str]| a.iter().map(|s| s.to_string()).collect::<Vec<_>>();
        assert_eq!(server_position(&args(&["natsx", "server", "-p", "4222"])), Some(1));
        assert_eq!(server_position(&args(&["natsx", "-s", "nats://x:4222", "server"])), Some(3));
        assert_eq!(server_position(&args(&["natsx", "--timeout=2s", "server"])), Some(2));
        assert_eq!(server_position(&args(&["natsx", "pub", "server"])), None);
        assert_eq!(server_position(&args(&["natsx", "-s", "u", "sub", "x"])), None);
    }
}
