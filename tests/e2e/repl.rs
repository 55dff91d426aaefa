//! The REPL (issue 14), driven in a pseudo-terminal: one connection for every command,
//! background subscriptions printing above the prompt, Ctrl-C cancelling a running
//! command, history kept between runs.

use std::time::Duration;

use crate::harness::{Server, TempDir, BIN};

/// Types a line as a person does, a key at a time, then Enter. (rustyline leaves keys
/// that arrive in one read, unbracketed, waiting while it also watches for messages to
/// print; a terminal sends pastes bracketed, and people type a key at a time.)
/// Waits for the prompt first, as a person reads the answer before typing: keys typed
/// while a command still runs are dropped when the editor takes the terminal back.
fn type_line(p: &mut rexpect::session::PtySession, line: &str) {
    p.exp_regex("natsx [A-Z0-9]+> ").expect("the prompt");
    std::thread::sleep(Duration::from_millis(150));
    for c in line.chars() {
        p.send(&c.to_string()).unwrap();
        p.flush().unwrap();
        std::thread::sleep(Duration::from_millis(3));
    }
    p.send("\r").unwrap();
    p.flush().unwrap();
}

fn spawn(server: &Server, dir: &TempDir) -> rexpect::session::PtySession {
    let mut cmd = std::process::Command::new(BIN);
    cmd.args(["-s", &server.url(), "repl"]).env("XDG_DATA_HOME", dir.path()).env("XDG_CONFIG_HOME", dir.path()).env("TERM", "xterm");
    rexpect::session::spawn_command(cmd, Some(10_000)).expect("natsx repl in a pty")
}

#[test]
fn the_repl_keeps_one_connection_and_prints_messages_above_the_prompt() {
    let server = Server::jetstream(&["-m", "-1"]);
    let dir = TempDir::new();
    let mut p = spawn(&server, &dir);
    p.exp_string("connected to").unwrap();
    type_line(&mut p, "sub greet");
    p.exp_string("subscription 1 on \"greet\"").unwrap();
    type_line(&mut p, "pub greet 'hello there'");
    p.exp_string("[#1.1] greet: hello there").unwrap();
    let (_, connz) = server.get("/connz");
    assert_eq!(connz["num_connections"], 1, "every command on the REPL's connection: {connz}");
    // JetStream commands, and Tab completing a stream's name.
    type_line(&mut p, "stream add ORDERS --subjects 'orders.>' --defaults");
    p.exp_string("ORDERS").unwrap();
    type_line(&mut p, "stream info ORD\t");
    p.exp_string("Number of Subjects").unwrap();
    // A command that runs until interrupted: Ctrl-C ends it, the shell stays.
    type_line(&mut p, "reply svc answer");
    std::thread::sleep(Duration::from_millis(300));
    p.send_control('c').unwrap();
    // (The command may end itself on Ctrl-C, as `reply` does, or the shell cancels it.)
    type_line(&mut p, "pub after-cancel ok");
    p.exp_string("Published 2 bytes to \"after-cancel\"").unwrap();
    // Bad input is an error line, not the end of the shell.
    type_line(&mut p, "bogus");
    p.exp_string("unrecognized subcommand").unwrap();
    type_line(&mut p, "pub");
    p.exp_string("required").unwrap();
    type_line(&mut p, "unsub 7");
    p.exp_string("no subscription").unwrap();
    type_line(&mut p, "unsub greet");
    type_line(&mut p, "pub greet again");
    type_line(&mut p, "subs");
    type_line(&mut p, "help");
    p.exp_string("connect URL").unwrap();
    p.send_control('d').unwrap();
    p.exp_eof().unwrap();
    let history = std::fs::read_to_string(dir.path().join("natsx/history")).unwrap();
    assert!(history.contains("pub greet 'hello there'"), "{history}");
    // The history is there in the next session.
    let mut p = spawn(&server, &dir);
    p.exp_string("connected to").unwrap();
    type_line(&mut p, "exit");
    p.exp_eof().unwrap();
}

/// The REPL is a client: against nats-server 2.15.1 too.
#[test]
fn the_repl_works_with_nats_server() {
    let server = Server::reference_with_config("");
    let dir = TempDir::new();
    let mut p = spawn(&server, &dir);
    p.exp_string("connected to").unwrap();
    type_line(&mut p, "sub greet");
    p.exp_string("subscription 1").unwrap();
    type_line(&mut p, "req greet ping --timeout 1s");
    p.exp_string("[#1.1] greet: ping").unwrap();
    type_line(&mut p, "server info");
    p.exp_string("error").unwrap();
    type_line(&mut p, "exit");
    p.exp_eof().unwrap();
}
