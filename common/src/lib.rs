//! natsx-common: the pure helpers both the broker (`natsx-server`) and the client
//! commands (`natsx-commands`) use, so the commands need not link the broker.
//!
//! - `subject`: subject validation and wildcard matching (the NATS subject rules).
//! - `names`: stream, consumer and priority group names as nats-server accepts them.
//! - `time`: RFC 3339 times and Go durations, formatted and parsed as nats-server does.
//! - `jetstream`: stream and consumer configurations as the JetStream API carries them.
//! - `transform`: subject transforms (`{{wildcard(1)}}`, `$1`), as stream transforms and
//!   stream imports use them.
//! - `jwt`: NATS JWTs (operators, accounts, users) and `.creds` files, as nats-io/jwt v2.

pub mod jetstream;
pub mod jwt;
pub mod names;
pub mod subject;
pub mod time;
pub mod transform;

/// `natsx server --help`: the broker's command line, nats-server's flags (printed by the
/// server; also the OPTIONS of the `natsx-server(1)` man page).
pub const SERVER_USAGE: &str = "\
Usage: natsx server [options]

Server Options:
    -a, --addr, --net <host>         Bind to host address (default: 0.0.0.0)
    -p, --port <port>                Use port for clients (default: 4222, -1 for a random port)
    -n, --name
        --server_name <server_name>  Server name (default: auto)
    -P, --pid <file>                 File to store PID
    -m, --http_port <port>           Use port for http monitoring
    -c, --config <file>              Configuration file
    -t                               Test configuration and exit
    -sl,--signal <signal>[=<pid>]    Send signal to natsx server process (ldm, stop, quit, term, reopen, reload)
                                     <pid> can be either a PID (e.g. 1) or the path to a PID file
        --client_advertise <string>  Client URL to advertise to other servers
        --ports_file_dir <dir>       Creates a ports file in the specified directory (<executable_name>_<pid>.ports)

Logging Options:
    -l, --log <file>                 File to redirect log output
    -T, --logtime                    Timestamp log entries (default: true)
    -D, --debug                      Enable debugging output
    -V, --trace                      Trace the raw protocol
    -VV                              Verbose trace
    -DV                              Debug and trace
    -DVV                             Debug and verbose trace

JetStream Options:
    -js, --jetstream                 Enable JetStream functionality
    -sd, --store_dir <dir>           Set the storage directory

Authorization Options:
        --user <user>                User required for connections
        --pass <password>            Password required for connections
        --auth <token>               Authorization token required for connections

TLS Options:
        --tls                        Enable TLS, do not verify clients (default: false)
        --tlscert <file>             Server certificate file
        --tlskey <file>              Private key for server certificate
        --tlsverify                  Enable TLS, verify client certificates
        --tlscacert <file>           Client certificate CA for verification

Common Options:
    -h, --help                       Show this message
    -v, --version                    Show version
";
