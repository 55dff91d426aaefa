
use builtin;
use str;

set edit:completion:arg-completer[natsx] = {|@words|
    fn spaces {|n|
        builtin:repeat $n ' ' | str:join ''
    }
    fn cand {|text desc|
        edit:complex-candidate $text &display=$text' '(spaces (- 14 (wcswidth $text)))$desc
    }
    var command = 'natsx'
    for word $words[1..-1] {
        if (str:has-prefix $word '-') {
            break
        }
        set command = $command';'$word
    }
    var completions = [
        &'natsx'= {
            cand -s 'NATS server URLs, comma separated [default: the context''s, else nats://127.0.0.1:4222]'
            cand --server 'NATS server URLs, comma separated [default: the context''s, else nats://127.0.0.1:4222]'
            cand --context 'The connection context to use (`natsx context`), instead of the selected one'
            cand --user 'Username or token'
            cand --password 'Password'
            cand --token 'Authentication token'
            cand --creds 'User credentials file (JWT and seed)'
            cand --nkey 'NKey seed file'
            cand --timeout 'Time to wait on connect and on responses (e.g. 5s, 500ms)'
            cand --connection-name 'Name of this connection, as the server shows it'
            cand --tlscert 'TLS client certificate file (with --tlskey)'
            cand --tlskey 'TLS client key file'
            cand --tlsca 'CA file that signed the server''s certificate (TLS is then required)'
            cand --tlsfirst 'Start TLS before the server''s INFO (for servers with handshake_first)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
            cand server 'Run the server; takes nats-server''s flags (see `natsx server --help`). With a verb it administers servers through the system account instead: ping, list, info, report connections|accounts|jetstream, request KIND, check connection|jetstream|stream (`natsx server VERB --help`); `natsx server mapping SOURCE DESTINATION [SUBJECT]` tests a subject mapping'
            cand pub 'Publish messages to a subject'
            cand sub 'Subscribe to a subject and print the messages'
            cand req 'Send a request and wait for replies'
            cand reply 'Answer requests on a subject'
            cand bench 'Measure throughput and latency (like `nats bench`)'
            cand stream 'Manage JetStream streams'
            cand consumer 'Manage JetStream consumers'
            cand kv 'Key-Value buckets: put, get, watch, history'
            cand obj 'Object Store buckets: put and get files of any size'
            cand account 'The connected account: connection, permissions, JetStream usage, exports and imports'
            cand rtt 'The round trip to the server'
            cand events 'Client connect/disconnect events (system account) and JetStream advisories'
            cand repl 'An interactive shell on one connection (also `natsx` alone on a terminal)'
            cand micro 'Services built with the clients'' service API: ls, info, stats, ping'
            cand context 'Named connection settings, shared with the nats CLI (add, edit, ls, select, info, rm)'
            cand completion 'Print the shell completion script (bash, zsh, fish, elvish, powershell)'
            cand man 'Write the man pages, one per subcommand, into a directory (or print natsx(1))'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'natsx;server'= {
            cand -s 'NATS server URLs, comma separated [default: the context''s, else nats://127.0.0.1:4222]'
            cand --server 'NATS server URLs, comma separated [default: the context''s, else nats://127.0.0.1:4222]'
            cand --context 'The connection context to use (`natsx context`), instead of the selected one'
            cand --user 'Username or token'
            cand --password 'Password'
            cand --token 'Authentication token'
            cand --creds 'User credentials file (JWT and seed)'
            cand --nkey 'NKey seed file'
            cand --timeout 'Time to wait on connect and on responses (e.g. 5s, 500ms)'
            cand --connection-name 'Name of this connection, as the server shows it'
            cand --tlscert 'TLS client certificate file (with --tlskey)'
            cand --tlskey 'TLS client key file'
            cand --tlsca 'CA file that signed the server''s certificate (TLS is then required)'
            cand --tlsfirst 'Start TLS before the server''s INFO (for servers with handshake_first)'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'natsx;pub'= {
            cand --count 'Number of messages to publish'
            cand --sleep 'Pause between messages (e.g. 100ms)'
            cand -H 'Header to add, as key:value (repeatable)'
            cand --header 'Header to add, as key:value (repeatable)'
            cand --reply 'Reply subject to set on the messages'
            cand -s 'NATS server URLs, comma separated [default: the context''s, else nats://127.0.0.1:4222]'
            cand --server 'NATS server URLs, comma separated [default: the context''s, else nats://127.0.0.1:4222]'
            cand --context 'The connection context to use (`natsx context`), instead of the selected one'
            cand --user 'Username or token'
            cand --password 'Password'
            cand --token 'Authentication token'
            cand --creds 'User credentials file (JWT and seed)'
            cand --nkey 'NKey seed file'
            cand --timeout 'Time to wait on connect and on responses (e.g. 5s, 500ms)'
            cand --connection-name 'Name of this connection, as the server shows it'
            cand --tlscert 'TLS client certificate file (with --tlskey)'
            cand --tlskey 'TLS client key file'
            cand --tlsca 'CA file that signed the server''s certificate (TLS is then required)'
            cand -q 'Print nothing on success'
            cand --quiet 'Print nothing on success'
            cand --tlsfirst 'Start TLS before the server''s INFO (for servers with handshake_first)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'natsx;sub'= {
            cand --queue 'Join this queue group'
            cand --count 'Exit after this many messages'
            cand -s 'NATS server URLs, comma separated [default: the context''s, else nats://127.0.0.1:4222]'
            cand --server 'NATS server URLs, comma separated [default: the context''s, else nats://127.0.0.1:4222]'
            cand --context 'The connection context to use (`natsx context`), instead of the selected one'
            cand --user 'Username or token'
            cand --password 'Password'
            cand --token 'Authentication token'
            cand --creds 'User credentials file (JWT and seed)'
            cand --nkey 'NKey seed file'
            cand --timeout 'Time to wait on connect and on responses (e.g. 5s, 500ms)'
            cand --connection-name 'Name of this connection, as the server shows it'
            cand --tlscert 'TLS client certificate file (with --tlskey)'
            cand --tlskey 'TLS client key file'
            cand --tlsca 'CA file that signed the server''s certificate (TLS is then required)'
            cand --raw 'Print only message bodies, one per line'
            cand --tlsfirst 'Start TLS before the server''s INFO (for servers with handshake_first)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'natsx;req'= {
            cand -H 'Header to add, as key:value (repeatable)'
            cand --header 'Header to add, as key:value (repeatable)'
            cand --replies 'Wait for this many replies (scatter-gather); 0 collects until the timeout'
            cand --wait 'How long to wait for replies (overrides --timeout)'
            cand -s 'NATS server URLs, comma separated [default: the context''s, else nats://127.0.0.1:4222]'
            cand --server 'NATS server URLs, comma separated [default: the context''s, else nats://127.0.0.1:4222]'
            cand --context 'The connection context to use (`natsx context`), instead of the selected one'
            cand --user 'Username or token'
            cand --password 'Password'
            cand --token 'Authentication token'
            cand --creds 'User credentials file (JWT and seed)'
            cand --nkey 'NKey seed file'
            cand --timeout 'Time to wait on connect and on responses (e.g. 5s, 500ms)'
            cand --connection-name 'Name of this connection, as the server shows it'
            cand --tlscert 'TLS client certificate file (with --tlskey)'
            cand --tlskey 'TLS client key file'
            cand --tlsca 'CA file that signed the server''s certificate (TLS is then required)'
            cand --raw 'Print only reply bodies'
            cand --tlsfirst 'Start TLS before the server''s INFO (for servers with handshake_first)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'natsx;reply'= {
            cand --queue 'Queue group to join, so several responders share the load'
            cand --command 'Run this shell command per request (request body on its stdin) and reply with its output'
            cand --count 'Exit after answering this many requests'
            cand -s 'NATS server URLs, comma separated [default: the context''s, else nats://127.0.0.1:4222]'
            cand --server 'NATS server URLs, comma separated [default: the context''s, else nats://127.0.0.1:4222]'
            cand --context 'The connection context to use (`natsx context`), instead of the selected one'
            cand --user 'Username or token'
            cand --password 'Password'
            cand --token 'Authentication token'
            cand --creds 'User credentials file (JWT and seed)'
            cand --nkey 'NKey seed file'
            cand --timeout 'Time to wait on connect and on responses (e.g. 5s, 500ms)'
            cand --connection-name 'Name of this connection, as the server shows it'
            cand --tlscert 'TLS client certificate file (with --tlskey)'
            cand --tlskey 'TLS client key file'
            cand --tlsca 'CA file that signed the server''s certificate (TLS is then required)'
            cand --echo 'Reply with the request itself (body and headers)'
            cand -q 'Print nothing per request'
            cand --quiet 'Print nothing per request'
            cand --tlsfirst 'Start TLS before the server''s INFO (for servers with handshake_first)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'natsx;bench'= {
            cand --format 'Output format'
            cand --csv 'Also write the results as CSV to this file (as `nats bench --csv FILE`)'
            cand --client 'Client for the throughput modes: `wire` is a lean protocol-level load generator (so the server, not the client, is measured); `async-nats` the official client'
            cand -s 'NATS server URLs, comma separated [default: the context''s, else nats://127.0.0.1:4222]'
            cand --server 'NATS server URLs, comma separated [default: the context''s, else nats://127.0.0.1:4222]'
            cand --context 'The connection context to use (`natsx context`), instead of the selected one'
            cand --user 'Username or token'
            cand --password 'Password'
            cand --token 'Authentication token'
            cand --creds 'User credentials file (JWT and seed)'
            cand --nkey 'NKey seed file'
            cand --timeout 'Time to wait on connect and on responses (e.g. 5s, 500ms)'
            cand --connection-name 'Name of this connection, as the server shows it'
            cand --tlscert 'TLS client certificate file (with --tlskey)'
            cand --tlskey 'TLS client key file'
            cand --tlsca 'CA file that signed the server''s certificate (TLS is then required)'
            cand --json 'Shorthand for --format json'
            cand --no-progress 'No progress bar (it is also off when stderr is not a terminal)'
            cand --tlsfirst 'Start TLS before the server''s INFO (for servers with handshake_first)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
            cand pub 'Publish messages and measure the publish rate'
            cand sub 'Subscribe and measure the receive rate (start it before `bench pub`)'
            cand pubsub 'Publishers and subscribers together in one run'
            cand service 'Request/reply: `serve` answers, `request` measures'
            cand js 'JetStream: publish with acknowledgements, consume through consumers'
            cand kv 'Key-Value: put and get'
            cand obj 'Object Store: put and get throughput'
            cand idle 'Hold idle connections and subscriptions open (for memory measurements)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'natsx;bench;pub'= {
            cand --clients 'Number of concurrent clients (connections)'
            cand --msgs 'Total number of messages, split across the clients'
            cand --size 'Message size (bytes, or with a unit: 1KB, 64KiB, 1MB)'
            cand --duration 'Run for this long instead of a number of messages'
            cand --sleep 'Pause between messages of one client'
            cand --format 'Output format'
            cand --csv 'Also write the results as CSV to this file (as `nats bench --csv FILE`)'
            cand --client 'Client for the throughput modes: `wire` is a lean protocol-level load generator (so the server, not the client, is measured); `async-nats` the official client'
            cand -s 'NATS server URLs, comma separated [default: the context''s, else nats://127.0.0.1:4222]'
            cand --server 'NATS server URLs, comma separated [default: the context''s, else nats://127.0.0.1:4222]'
            cand --context 'The connection context to use (`natsx context`), instead of the selected one'
            cand --user 'Username or token'
            cand --password 'Password'
            cand --token 'Authentication token'
            cand --creds 'User credentials file (JWT and seed)'
            cand --nkey 'NKey seed file'
            cand --timeout 'Time to wait on connect and on responses (e.g. 5s, 500ms)'
            cand --connection-name 'Name of this connection, as the server shows it'
            cand --tlscert 'TLS client certificate file (with --tlskey)'
            cand --tlskey 'TLS client key file'
            cand --tlsca 'CA file that signed the server''s certificate (TLS is then required)'
            cand --multisubject 'Publish each message on its own subject (`SUBJECT.<n>`); subscribers use `SUBJECT.>`'
            cand --json 'Shorthand for --format json'
            cand --no-progress 'No progress bar (it is also off when stderr is not a terminal)'
            cand --tlsfirst 'Start TLS before the server''s INFO (for servers with handshake_first)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'natsx;bench;sub'= {
            cand --clients 'Number of concurrent clients (connections)'
            cand --msgs 'Total number of messages, split across the clients'
            cand --size 'Message size (bytes, or with a unit: 1KB, 64KiB, 1MB)'
            cand --duration 'Run for this long instead of a number of messages'
            cand --sleep 'Pause between messages of one client'
            cand --queue 'Join this queue group'
            cand --format 'Output format'
            cand --csv 'Also write the results as CSV to this file (as `nats bench --csv FILE`)'
            cand --client 'Client for the throughput modes: `wire` is a lean protocol-level load generator (so the server, not the client, is measured); `async-nats` the official client'
            cand -s 'NATS server URLs, comma separated [default: the context''s, else nats://127.0.0.1:4222]'
            cand --server 'NATS server URLs, comma separated [default: the context''s, else nats://127.0.0.1:4222]'
            cand --context 'The connection context to use (`natsx context`), instead of the selected one'
            cand --user 'Username or token'
            cand --password 'Password'
            cand --token 'Authentication token'
            cand --creds 'User credentials file (JWT and seed)'
            cand --nkey 'NKey seed file'
            cand --timeout 'Time to wait on connect and on responses (e.g. 5s, 500ms)'
            cand --connection-name 'Name of this connection, as the server shows it'
            cand --tlscert 'TLS client certificate file (with --tlskey)'
            cand --tlskey 'TLS client key file'
            cand --tlsca 'CA file that signed the server''s certificate (TLS is then required)'
            cand --multisubject 'Publish each message on its own subject (`SUBJECT.<n>`); subscribers use `SUBJECT.>`'
            cand --json 'Shorthand for --format json'
            cand --no-progress 'No progress bar (it is also off when stderr is not a terminal)'
            cand --tlsfirst 'Start TLS before the server''s INFO (for servers with handshake_first)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'natsx;bench;pubsub'= {
            cand --clients 'Number of concurrent clients (connections)'
            cand --msgs 'Total number of messages, split across the clients'
            cand --size 'Message size (bytes, or with a unit: 1KB, 64KiB, 1MB)'
            cand --duration 'Run for this long instead of a number of messages'
            cand --sleep 'Pause between messages of one client'
            cand --subs 'Number of subscribers (each gets every message, unless --queue)'
            cand --queue 'Subscribers form this queue group (each message goes to one of them)'
            cand --sub-server 'Subscribers connect to this server instead (another member of the cluster), so every message crosses a route; publishing starts once the publishers'' server knows of them'
            cand --format 'Output format'
            cand --csv 'Also write the results as CSV to this file (as `nats bench --csv FILE`)'
            cand --client 'Client for the throughput modes: `wire` is a lean protocol-level load generator (so the server, not the client, is measured); `async-nats` the official client'
            cand -s 'NATS server URLs, comma separated [default: the context''s, else nats://127.0.0.1:4222]'
            cand --server 'NATS server URLs, comma separated [default: the context''s, else nats://127.0.0.1:4222]'
            cand --context 'The connection context to use (`natsx context`), instead of the selected one'
            cand --user 'Username or token'
            cand --password 'Password'
            cand --token 'Authentication token'
            cand --creds 'User credentials file (JWT and seed)'
            cand --nkey 'NKey seed file'
            cand --timeout 'Time to wait on connect and on responses (e.g. 5s, 500ms)'
            cand --connection-name 'Name of this connection, as the server shows it'
            cand --tlscert 'TLS client certificate file (with --tlskey)'
            cand --tlskey 'TLS client key file'
            cand --tlsca 'CA file that signed the server''s certificate (TLS is then required)'
            cand --multisubject 'Publish each message on its own subject (`SUBJECT.<n>`); subscribers use `SUBJECT.>`'
            cand --json 'Shorthand for --format json'
            cand --no-progress 'No progress bar (it is also off when stderr is not a terminal)'
            cand --tlsfirst 'Start TLS before the server''s INFO (for servers with handshake_first)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'natsx;bench;service'= {
            cand --format 'Output format'
            cand --csv 'Also write the results as CSV to this file (as `nats bench --csv FILE`)'
            cand --client 'Client for the throughput modes: `wire` is a lean protocol-level load generator (so the server, not the client, is measured); `async-nats` the official client'
            cand -s 'NATS server URLs, comma separated [default: the context''s, else nats://127.0.0.1:4222]'
            cand --server 'NATS server URLs, comma separated [default: the context''s, else nats://127.0.0.1:4222]'
            cand --context 'The connection context to use (`natsx context`), instead of the selected one'
            cand --user 'Username or token'
            cand --password 'Password'
            cand --token 'Authentication token'
            cand --creds 'User credentials file (JWT and seed)'
            cand --nkey 'NKey seed file'
            cand --timeout 'Time to wait on connect and on responses (e.g. 5s, 500ms)'
            cand --connection-name 'Name of this connection, as the server shows it'
            cand --tlscert 'TLS client certificate file (with --tlskey)'
            cand --tlskey 'TLS client key file'
            cand --tlsca 'CA file that signed the server''s certificate (TLS is then required)'
            cand --json 'Shorthand for --format json'
            cand --no-progress 'No progress bar (it is also off when stderr is not a terminal)'
            cand --tlsfirst 'Start TLS before the server''s INFO (for servers with handshake_first)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
            cand serve 'Answer requests with a reply of --size bytes until stopped'
            cand request 'Send requests and measure round-trip latency and throughput'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'natsx;bench;service;serve'= {
            cand --clients 'Number of responders (one connection each, in one queue group)'
            cand --size 'Reply size (bytes, or with a unit: 1KB)'
            cand --queue 'Queue group of the responders'
            cand --duration 'Stop after this long (default: until interrupted)'
            cand --format 'Output format'
            cand --csv 'Also write the results as CSV to this file (as `nats bench --csv FILE`)'
            cand --client 'Client for the throughput modes: `wire` is a lean protocol-level load generator (so the server, not the client, is measured); `async-nats` the official client'
            cand -s 'NATS server URLs, comma separated [default: the context''s, else nats://127.0.0.1:4222]'
            cand --server 'NATS server URLs, comma separated [default: the context''s, else nats://127.0.0.1:4222]'
            cand --context 'The connection context to use (`natsx context`), instead of the selected one'
            cand --user 'Username or token'
            cand --password 'Password'
            cand --token 'Authentication token'
            cand --creds 'User credentials file (JWT and seed)'
            cand --nkey 'NKey seed file'
            cand --timeout 'Time to wait on connect and on responses (e.g. 5s, 500ms)'
            cand --connection-name 'Name of this connection, as the server shows it'
            cand --tlscert 'TLS client certificate file (with --tlskey)'
            cand --tlskey 'TLS client key file'
            cand --tlsca 'CA file that signed the server''s certificate (TLS is then required)'
            cand --json 'Shorthand for --format json'
            cand --no-progress 'No progress bar (it is also off when stderr is not a terminal)'
            cand --tlsfirst 'Start TLS before the server''s INFO (for servers with handshake_first)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'natsx;bench;service;request'= {
            cand --clients 'Number of concurrent clients (connections)'
            cand --msgs 'Total number of messages, split across the clients'
            cand --size 'Message size (bytes, or with a unit: 1KB, 64KiB, 1MB)'
            cand --duration 'Run for this long instead of a number of messages'
            cand --sleep 'Pause between messages of one client'
            cand --rate 'Offered load in requests per second across all clients (open loop); without it each client waits for each reply before the next request'
            cand --format 'Output format'
            cand --csv 'Also write the results as CSV to this file (as `nats bench --csv FILE`)'
            cand --client 'Client for the throughput modes: `wire` is a lean protocol-level load generator (so the server, not the client, is measured); `async-nats` the official client'
            cand -s 'NATS server URLs, comma separated [default: the context''s, else nats://127.0.0.1:4222]'
            cand --server 'NATS server URLs, comma separated [default: the context''s, else nats://127.0.0.1:4222]'
            cand --context 'The connection context to use (`natsx context`), instead of the selected one'
            cand --user 'Username or token'
            cand --password 'Password'
            cand --token 'Authentication token'
            cand --creds 'User credentials file (JWT and seed)'
            cand --nkey 'NKey seed file'
            cand --timeout 'Time to wait on connect and on responses (e.g. 5s, 500ms)'
            cand --connection-name 'Name of this connection, as the server shows it'
            cand --tlscert 'TLS client certificate file (with --tlskey)'
            cand --tlskey 'TLS client key file'
            cand --tlsca 'CA file that signed the server''s certificate (TLS is then required)'
            cand --multisubject 'Publish each message on its own subject (`SUBJECT.<n>`); subscribers use `SUBJECT.>`'
            cand --json 'Shorthand for --format json'
            cand --no-progress 'No progress bar (it is also off when stderr is not a terminal)'
            cand --tlsfirst 'Start TLS before the server''s INFO (for servers with handshake_first)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'natsx;bench;service;help'= {
            cand serve 'Answer requests with a reply of --size bytes until stopped'
            cand request 'Send requests and measure round-trip latency and throughput'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'natsx;bench;service;help;serve'= {
        }
        &'natsx;bench;service;help;request'= {
        }
        &'natsx;bench;service;help;help'= {
        }
        &'natsx;bench;js'= {
            cand --format 'Output format'
            cand --csv 'Also write the results as CSV to this file (as `nats bench --csv FILE`)'
            cand --client 'Client for the throughput modes: `wire` is a lean protocol-level load generator (so the server, not the client, is measured); `async-nats` the official client'
            cand -s 'NATS server URLs, comma separated [default: the context''s, else nats://127.0.0.1:4222]'
            cand --server 'NATS server URLs, comma separated [default: the context''s, else nats://127.0.0.1:4222]'
            cand --context 'The connection context to use (`natsx context`), instead of the selected one'
            cand --user 'Username or token'
            cand --password 'Password'
            cand --token 'Authentication token'
            cand --creds 'User credentials file (JWT and seed)'
            cand --nkey 'NKey seed file'
            cand --timeout 'Time to wait on connect and on responses (e.g. 5s, 500ms)'
            cand --connection-name 'Name of this connection, as the server shows it'
            cand --tlscert 'TLS client certificate file (with --tlskey)'
            cand --tlskey 'TLS client key file'
            cand --tlsca 'CA file that signed the server''s certificate (TLS is then required)'
            cand --json 'Shorthand for --format json'
            cand --no-progress 'No progress bar (it is also off when stderr is not a terminal)'
            cand --tlsfirst 'Start TLS before the server''s INFO (for servers with handshake_first)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
            cand pub 'Publish to a stream and wait for the acknowledgements'
            cand consume 'Consume a stream through a pull or push consumer, acknowledging each message'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'natsx;bench;js;pub'= {
            cand --stream 'Stream name'
            cand --storage 'Storage of the stream: file or memory'
            cand --window 'Acknowledgements outstanding per client (1: synchronous publishing); `--batch` is the `nats bench js pub` spelling'
            cand --clients 'Number of concurrent clients'
            cand --msgs 'Total number of messages'
            cand --size 'Message size (bytes, or with a unit: 1KB)'
            cand --format 'Output format'
            cand --csv 'Also write the results as CSV to this file (as `nats bench --csv FILE`)'
            cand --client 'Client for the throughput modes: `wire` is a lean protocol-level load generator (so the server, not the client, is measured); `async-nats` the official client'
            cand -s 'NATS server URLs, comma separated [default: the context''s, else nats://127.0.0.1:4222]'
            cand --server 'NATS server URLs, comma separated [default: the context''s, else nats://127.0.0.1:4222]'
            cand --context 'The connection context to use (`natsx context`), instead of the selected one'
            cand --user 'Username or token'
            cand --password 'Password'
            cand --token 'Authentication token'
            cand --creds 'User credentials file (JWT and seed)'
            cand --nkey 'NKey seed file'
            cand --timeout 'Time to wait on connect and on responses (e.g. 5s, 500ms)'
            cand --connection-name 'Name of this connection, as the server shows it'
            cand --tlscert 'TLS client certificate file (with --tlskey)'
            cand --tlskey 'TLS client key file'
            cand --tlsca 'CA file that signed the server''s certificate (TLS is then required)'
            cand --keep 'Keep an existing stream (default: delete and recreate it)'
            cand --json 'Shorthand for --format json'
            cand --no-progress 'No progress bar (it is also off when stderr is not a terminal)'
            cand --tlsfirst 'Start TLS before the server''s INFO (for servers with handshake_first)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'natsx;bench;js;consume'= {
            cand --stream 'Stream name'
            cand --kind 'pull or push'
            cand --batch 'Messages per pull request'
            cand --msgs 'Number of messages to consume'
            cand --format 'Output format'
            cand --csv 'Also write the results as CSV to this file (as `nats bench --csv FILE`)'
            cand --client 'Client for the throughput modes: `wire` is a lean protocol-level load generator (so the server, not the client, is measured); `async-nats` the official client'
            cand -s 'NATS server URLs, comma separated [default: the context''s, else nats://127.0.0.1:4222]'
            cand --server 'NATS server URLs, comma separated [default: the context''s, else nats://127.0.0.1:4222]'
            cand --context 'The connection context to use (`natsx context`), instead of the selected one'
            cand --user 'Username or token'
            cand --password 'Password'
            cand --token 'Authentication token'
            cand --creds 'User credentials file (JWT and seed)'
            cand --nkey 'NKey seed file'
            cand --timeout 'Time to wait on connect and on responses (e.g. 5s, 500ms)'
            cand --connection-name 'Name of this connection, as the server shows it'
            cand --tlscert 'TLS client certificate file (with --tlskey)'
            cand --tlskey 'TLS client key file'
            cand --tlsca 'CA file that signed the server''s certificate (TLS is then required)'
            cand --json 'Shorthand for --format json'
            cand --no-progress 'No progress bar (it is also off when stderr is not a terminal)'
            cand --tlsfirst 'Start TLS before the server''s INFO (for servers with handshake_first)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'natsx;bench;js;help'= {
            cand pub 'Publish to a stream and wait for the acknowledgements'
            cand consume 'Consume a stream through a pull or push consumer, acknowledging each message'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'natsx;bench;js;help;pub'= {
        }
        &'natsx;bench;js;help;consume'= {
        }
        &'natsx;bench;js;help;help'= {
        }
        &'natsx;bench;kv'= {
            cand --format 'Output format'
            cand --csv 'Also write the results as CSV to this file (as `nats bench --csv FILE`)'
            cand --client 'Client for the throughput modes: `wire` is a lean protocol-level load generator (so the server, not the client, is measured); `async-nats` the official client'
            cand -s 'NATS server URLs, comma separated [default: the context''s, else nats://127.0.0.1:4222]'
            cand --server 'NATS server URLs, comma separated [default: the context''s, else nats://127.0.0.1:4222]'
            cand --context 'The connection context to use (`natsx context`), instead of the selected one'
            cand --user 'Username or token'
            cand --password 'Password'
            cand --token 'Authentication token'
            cand --creds 'User credentials file (JWT and seed)'
            cand --nkey 'NKey seed file'
            cand --timeout 'Time to wait on connect and on responses (e.g. 5s, 500ms)'
            cand --connection-name 'Name of this connection, as the server shows it'
            cand --tlscert 'TLS client certificate file (with --tlskey)'
            cand --tlskey 'TLS client key file'
            cand --tlsca 'CA file that signed the server''s certificate (TLS is then required)'
            cand --json 'Shorthand for --format json'
            cand --no-progress 'No progress bar (it is also off when stderr is not a terminal)'
            cand --tlsfirst 'Start TLS before the server''s INFO (for servers with handshake_first)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
            cand put 'Put values (each put waits for its revision)'
            cand get 'Get values written by `bench kv put`'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'natsx;bench;kv;put'= {
            cand --bucket 'Bucket name'
            cand --msgs 'Number of operations, split across the clients'
            cand --size 'Value size (bytes, or with a unit: 1KB)'
            cand --keys 'Number of distinct keys'
            cand --clients 'Concurrent clients'
            cand --storage 'Storage of a new bucket: file or memory'
            cand --format 'Output format'
            cand --csv 'Also write the results as CSV to this file (as `nats bench --csv FILE`)'
            cand --client 'Client for the throughput modes: `wire` is a lean protocol-level load generator (so the server, not the client, is measured); `async-nats` the official client'
            cand -s 'NATS server URLs, comma separated [default: the context''s, else nats://127.0.0.1:4222]'
            cand --server 'NATS server URLs, comma separated [default: the context''s, else nats://127.0.0.1:4222]'
            cand --context 'The connection context to use (`natsx context`), instead of the selected one'
            cand --user 'Username or token'
            cand --password 'Password'
            cand --token 'Authentication token'
            cand --creds 'User credentials file (JWT and seed)'
            cand --nkey 'NKey seed file'
            cand --timeout 'Time to wait on connect and on responses (e.g. 5s, 500ms)'
            cand --connection-name 'Name of this connection, as the server shows it'
            cand --tlscert 'TLS client certificate file (with --tlskey)'
            cand --tlskey 'TLS client key file'
            cand --tlsca 'CA file that signed the server''s certificate (TLS is then required)'
            cand --json 'Shorthand for --format json'
            cand --no-progress 'No progress bar (it is also off when stderr is not a terminal)'
            cand --tlsfirst 'Start TLS before the server''s INFO (for servers with handshake_first)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'natsx;bench;kv;get'= {
            cand --bucket 'Bucket name'
            cand --msgs 'Number of operations, split across the clients'
            cand --size 'Value size (bytes, or with a unit: 1KB)'
            cand --keys 'Number of distinct keys'
            cand --clients 'Concurrent clients'
            cand --storage 'Storage of a new bucket: file or memory'
            cand --format 'Output format'
            cand --csv 'Also write the results as CSV to this file (as `nats bench --csv FILE`)'
            cand --client 'Client for the throughput modes: `wire` is a lean protocol-level load generator (so the server, not the client, is measured); `async-nats` the official client'
            cand -s 'NATS server URLs, comma separated [default: the context''s, else nats://127.0.0.1:4222]'
            cand --server 'NATS server URLs, comma separated [default: the context''s, else nats://127.0.0.1:4222]'
            cand --context 'The connection context to use (`natsx context`), instead of the selected one'
            cand --user 'Username or token'
            cand --password 'Password'
            cand --token 'Authentication token'
            cand --creds 'User credentials file (JWT and seed)'
            cand --nkey 'NKey seed file'
            cand --timeout 'Time to wait on connect and on responses (e.g. 5s, 500ms)'
            cand --connection-name 'Name of this connection, as the server shows it'
            cand --tlscert 'TLS client certificate file (with --tlskey)'
            cand --tlskey 'TLS client key file'
            cand --tlsca 'CA file that signed the server''s certificate (TLS is then required)'
            cand --json 'Shorthand for --format json'
            cand --no-progress 'No progress bar (it is also off when stderr is not a terminal)'
            cand --tlsfirst 'Start TLS before the server''s INFO (for servers with handshake_first)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'natsx;bench;kv;help'= {
            cand put 'Put values (each put waits for its revision)'
            cand get 'Get values written by `bench kv put`'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'natsx;bench;kv;help;put'= {
        }
        &'natsx;bench;kv;help;get'= {
        }
        &'natsx;bench;kv;help;help'= {
        }
        &'natsx;bench;obj'= {
            cand --format 'Output format'
            cand --csv 'Also write the results as CSV to this file (as `nats bench --csv FILE`)'
            cand --client 'Client for the throughput modes: `wire` is a lean protocol-level load generator (so the server, not the client, is measured); `async-nats` the official client'
            cand -s 'NATS server URLs, comma separated [default: the context''s, else nats://127.0.0.1:4222]'
            cand --server 'NATS server URLs, comma separated [default: the context''s, else nats://127.0.0.1:4222]'
            cand --context 'The connection context to use (`natsx context`), instead of the selected one'
            cand --user 'Username or token'
            cand --password 'Password'
            cand --token 'Authentication token'
            cand --creds 'User credentials file (JWT and seed)'
            cand --nkey 'NKey seed file'
            cand --timeout 'Time to wait on connect and on responses (e.g. 5s, 500ms)'
            cand --connection-name 'Name of this connection, as the server shows it'
            cand --tlscert 'TLS client certificate file (with --tlskey)'
            cand --tlskey 'TLS client key file'
            cand --tlsca 'CA file that signed the server''s certificate (TLS is then required)'
            cand --json 'Shorthand for --format json'
            cand --no-progress 'No progress bar (it is also off when stderr is not a terminal)'
            cand --tlsfirst 'Start TLS before the server''s INFO (for servers with handshake_first)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
            cand put 'Upload objects and measure MB/s'
            cand get 'Download the objects `bench obj put` stored'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'natsx;bench;obj;put'= {
            cand --bucket 'Bucket name'
            cand --size 'Object size (bytes, or with a unit: 64MB; at most 1GiB)'
            cand --count 'How many objects'
            cand --format 'Output format'
            cand --csv 'Also write the results as CSV to this file (as `nats bench --csv FILE`)'
            cand --client 'Client for the throughput modes: `wire` is a lean protocol-level load generator (so the server, not the client, is measured); `async-nats` the official client'
            cand -s 'NATS server URLs, comma separated [default: the context''s, else nats://127.0.0.1:4222]'
            cand --server 'NATS server URLs, comma separated [default: the context''s, else nats://127.0.0.1:4222]'
            cand --context 'The connection context to use (`natsx context`), instead of the selected one'
            cand --user 'Username or token'
            cand --password 'Password'
            cand --token 'Authentication token'
            cand --creds 'User credentials file (JWT and seed)'
            cand --nkey 'NKey seed file'
            cand --timeout 'Time to wait on connect and on responses (e.g. 5s, 500ms)'
            cand --connection-name 'Name of this connection, as the server shows it'
            cand --tlscert 'TLS client certificate file (with --tlskey)'
            cand --tlskey 'TLS client key file'
            cand --tlsca 'CA file that signed the server''s certificate (TLS is then required)'
            cand --json 'Shorthand for --format json'
            cand --no-progress 'No progress bar (it is also off when stderr is not a terminal)'
            cand --tlsfirst 'Start TLS before the server''s INFO (for servers with handshake_first)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'natsx;bench;obj;get'= {
            cand --bucket 'Bucket name'
            cand --size 'Object size (bytes, or with a unit: 64MB; at most 1GiB)'
            cand --count 'How many objects'
            cand --format 'Output format'
            cand --csv 'Also write the results as CSV to this file (as `nats bench --csv FILE`)'
            cand --client 'Client for the throughput modes: `wire` is a lean protocol-level load generator (so the server, not the client, is measured); `async-nats` the official client'
            cand -s 'NATS server URLs, comma separated [default: the context''s, else nats://127.0.0.1:4222]'
            cand --server 'NATS server URLs, comma separated [default: the context''s, else nats://127.0.0.1:4222]'
            cand --context 'The connection context to use (`natsx context`), instead of the selected one'
            cand --user 'Username or token'
            cand --password 'Password'
            cand --token 'Authentication token'
            cand --creds 'User credentials file (JWT and seed)'
            cand --nkey 'NKey seed file'
            cand --timeout 'Time to wait on connect and on responses (e.g. 5s, 500ms)'
            cand --connection-name 'Name of this connection, as the server shows it'
            cand --tlscert 'TLS client certificate file (with --tlskey)'
            cand --tlskey 'TLS client key file'
            cand --tlsca 'CA file that signed the server''s certificate (TLS is then required)'
            cand --json 'Shorthand for --format json'
            cand --no-progress 'No progress bar (it is also off when stderr is not a terminal)'
            cand --tlsfirst 'Start TLS before the server''s INFO (for servers with handshake_first)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'natsx;bench;obj;help'= {
            cand put 'Upload objects and measure MB/s'
            cand get 'Download the objects `bench obj put` stored'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'natsx;bench;obj;help;put'= {
        }
        &'natsx;bench;obj;help;get'= {
        }
        &'natsx;bench;obj;help;help'= {
        }
        &'natsx;bench;idle'= {
            cand --clients 'Number of connections to open'
            cand --subs 'Subscriptions per connection (on `SUBJECT.<client>.<n>`)'
            cand --subject 'Subject prefix for the subscriptions'
            cand --duration 'How long to hold them (default: until interrupted)'
            cand --format 'Output format'
            cand --csv 'Also write the results as CSV to this file (as `nats bench --csv FILE`)'
            cand --client 'Client for the throughput modes: `wire` is a lean protocol-level load generator (so the server, not the client, is measured); `async-nats` the official client'
            cand -s 'NATS server URLs, comma separated [default: the context''s, else nats://127.0.0.1:4222]'
            cand --server 'NATS server URLs, comma separated [default: the context''s, else nats://127.0.0.1:4222]'
            cand --context 'The connection context to use (`natsx context`), instead of the selected one'
            cand --user 'Username or token'
            cand --password 'Password'
            cand --token 'Authentication token'
            cand --creds 'User credentials file (JWT and seed)'
            cand --nkey 'NKey seed file'
            cand --timeout 'Time to wait on connect and on responses (e.g. 5s, 500ms)'
            cand --connection-name 'Name of this connection, as the server shows it'
            cand --tlscert 'TLS client certificate file (with --tlskey)'
            cand --tlskey 'TLS client key file'
            cand --tlsca 'CA file that signed the server''s certificate (TLS is then required)'
            cand --json 'Shorthand for --format json'
            cand --no-progress 'No progress bar (it is also off when stderr is not a terminal)'
            cand --tlsfirst 'Start TLS before the server''s INFO (for servers with handshake_first)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'natsx;bench;help'= {
            cand pub 'Publish messages and measure the publish rate'
            cand sub 'Subscribe and measure the receive rate (start it before `bench pub`)'
            cand pubsub 'Publishers and subscribers together in one run'
            cand service 'Request/reply: `serve` answers, `request` measures'
            cand js 'JetStream: publish with acknowledgements, consume through consumers'
            cand kv 'Key-Value: put and get'
            cand obj 'Object Store: put and get throughput'
            cand idle 'Hold idle connections and subscriptions open (for memory measurements)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'natsx;bench;help;pub'= {
        }
        &'natsx;bench;help;sub'= {
        }
        &'natsx;bench;help;pubsub'= {
        }
        &'natsx;bench;help;service'= {
            cand serve 'Answer requests with a reply of --size bytes until stopped'
            cand request 'Send requests and measure round-trip latency and throughput'
        }
        &'natsx;bench;help;service;serve'= {
        }
        &'natsx;bench;help;service;request'= {
        }
        &'natsx;bench;help;js'= {
            cand pub 'Publish to a stream and wait for the acknowledgements'
            cand consume 'Consume a stream through a pull or push consumer, acknowledging each message'
        }
        &'natsx;bench;help;js;pub'= {
        }
        &'natsx;bench;help;js;consume'= {
        }
        &'natsx;bench;help;kv'= {
            cand put 'Put values (each put waits for its revision)'
            cand get 'Get values written by `bench kv put`'
        }
        &'natsx;bench;help;kv;put'= {
        }
        &'natsx;bench;help;kv;get'= {
        }
        &'natsx;bench;help;obj'= {
            cand put 'Upload objects and measure MB/s'
            cand get 'Download the objects `bench obj put` stored'
        }
        &'natsx;bench;help;obj;put'= {
        }
        &'natsx;bench;help;obj;get'= {
        }
        &'natsx;bench;help;idle'= {
        }
        &'natsx;bench;help;help'= {
        }
        &'natsx;stream'= {
            cand -s 'NATS server URLs, comma separated [default: the context''s, else nats://127.0.0.1:4222]'
            cand --server 'NATS server URLs, comma separated [default: the context''s, else nats://127.0.0.1:4222]'
            cand --context 'The connection context to use (`natsx context`), instead of the selected one'
            cand --user 'Username or token'
            cand --password 'Password'
            cand --token 'Authentication token'
            cand --creds 'User credentials file (JWT and seed)'
            cand --nkey 'NKey seed file'
            cand --timeout 'Time to wait on connect and on responses (e.g. 5s, 500ms)'
            cand --connection-name 'Name of this connection, as the server shows it'
            cand --tlscert 'TLS client certificate file (with --tlskey)'
            cand --tlskey 'TLS client key file'
            cand --tlsca 'CA file that signed the server''s certificate (TLS is then required)'
            cand --tlsfirst 'Start TLS before the server''s INFO (for servers with handshake_first)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
            cand add 'Create a stream'
            cand edit 'Change a stream''s configuration'
            cand info 'Show a stream''s configuration and state'
            cand ls 'List streams'
            cand rm 'Delete a stream and all its messages'
            cand purge 'Remove messages from a stream'
            cand get 'Show one message'
            cand rmm 'Delete one message'
            cand view 'Show the messages of a stream'
            cand report 'A table of every stream'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'natsx;stream;add'= {
            cand --subjects 'Subjects the stream captures (repeatable or comma separated); defaults to the name'
            cand --storage 'Storage: file or memory'
            cand --retention 'Retention: limits, interest or workqueue'
            cand --discard 'Discard policy when full: old or new'
            cand --max-msgs 'Maximum number of messages (-1 unlimited)'
            cand --max-msgs-per-subject 'Maximum messages per subject (-1 unlimited)'
            cand --max-bytes 'Maximum total size (e.g. 1GB; -1 unlimited)'
            cand --max-age 'Maximum message age (e.g. 1h, 7d; 0 unlimited)'
            cand --max-msg-size 'Maximum message size (e.g. 1MB; -1 unlimited)'
            cand --max-consumers 'Maximum consumers (-1 unlimited)'
            cand --dupe-window 'Duplicate tracking window (e.g. 2m)'
            cand --replicas 'Replicas'
            cand --description 'Description'
            cand --first-sequence 'First sequence of a new stream'
            cand --compression 'Compression: none or s2'
            cand --metadata 'Metadata as key=value (repeatable)'
            cand --republish-source 'Republish stored messages: source subject filter'
            cand --republish-destination 'Republish stored messages: destination subject'
            cand --mirror 'Mirror another stream'
            cand --source 'Source from other streams (repeatable)'
            cand --config 'The whole configuration as JSON (flags given as well override it)'
            cand -s 'NATS server URLs, comma separated [default: the context''s, else nats://127.0.0.1:4222]'
            cand --server 'NATS server URLs, comma separated [default: the context''s, else nats://127.0.0.1:4222]'
            cand --context 'The connection context to use (`natsx context`), instead of the selected one'
            cand --user 'Username or token'
            cand --password 'Password'
            cand --token 'Authentication token'
            cand --creds 'User credentials file (JWT and seed)'
            cand --nkey 'NKey seed file'
            cand --timeout 'Time to wait on connect and on responses (e.g. 5s, 500ms)'
            cand --connection-name 'Name of this connection, as the server shows it'
            cand --tlscert 'TLS client certificate file (with --tlskey)'
            cand --tlskey 'TLS client key file'
            cand --tlsca 'CA file that signed the server''s certificate (TLS is then required)'
            cand --discard-per-subject 'Discard new messages per subject (with --discard new and --max-msgs-per-subject)'
            cand --no-ack 'Do not acknowledge publishes'
            cand --allow-rollup 'Allow Nats-Rollup headers'
            cand --deny-delete 'Refuse message deletes'
            cand --deny-purge 'Refuse purges'
            cand --allow-direct 'Allow direct get'
            cand --seal 'Seal the stream (edit only): no more writes, deletes or purges'
            cand --republish-headers 'Republish only headers'
            cand --json 'Print the server''s JSON reply'
            cand -f 'Do not ask for confirmation (edit)'
            cand --force 'Do not ask for confirmation (edit)'
            cand --defaults 'Take the defaults for everything not given (`nats stream add --defaults`; natsx never prompts, so this only documents the intent)'
            cand --tlsfirst 'Start TLS before the server''s INFO (for servers with handshake_first)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'natsx;stream;edit'= {
            cand --subjects 'Subjects the stream captures (repeatable or comma separated); defaults to the name'
            cand --storage 'Storage: file or memory'
            cand --retention 'Retention: limits, interest or workqueue'
            cand --discard 'Discard policy when full: old or new'
            cand --max-msgs 'Maximum number of messages (-1 unlimited)'
            cand --max-msgs-per-subject 'Maximum messages per subject (-1 unlimited)'
            cand --max-bytes 'Maximum total size (e.g. 1GB; -1 unlimited)'
            cand --max-age 'Maximum message age (e.g. 1h, 7d; 0 unlimited)'
            cand --max-msg-size 'Maximum message size (e.g. 1MB; -1 unlimited)'
            cand --max-consumers 'Maximum consumers (-1 unlimited)'
            cand --dupe-window 'Duplicate tracking window (e.g. 2m)'
            cand --replicas 'Replicas'
            cand --description 'Description'
            cand --first-sequence 'First sequence of a new stream'
            cand --compression 'Compression: none or s2'
            cand --metadata 'Metadata as key=value (repeatable)'
            cand --republish-source 'Republish stored messages: source subject filter'
            cand --republish-destination 'Republish stored messages: destination subject'
            cand --mirror 'Mirror another stream'
            cand --source 'Source from other streams (repeatable)'
            cand --config 'The whole configuration as JSON (flags given as well override it)'
            cand -s 'NATS server URLs, comma separated [default: the context''s, else nats://127.0.0.1:4222]'
            cand --server 'NATS server URLs, comma separated [default: the context''s, else nats://127.0.0.1:4222]'
            cand --context 'The connection context to use (`natsx context`), instead of the selected one'
            cand --user 'Username or token'
            cand --password 'Password'
            cand --token 'Authentication token'
            cand --creds 'User credentials file (JWT and seed)'
            cand --nkey 'NKey seed file'
            cand --timeout 'Time to wait on connect and on responses (e.g. 5s, 500ms)'
            cand --connection-name 'Name of this connection, as the server shows it'
            cand --tlscert 'TLS client certificate file (with --tlskey)'
            cand --tlskey 'TLS client key file'
            cand --tlsca 'CA file that signed the server''s certificate (TLS is then required)'
            cand --discard-per-subject 'Discard new messages per subject (with --discard new and --max-msgs-per-subject)'
            cand --no-ack 'Do not acknowledge publishes'
            cand --allow-rollup 'Allow Nats-Rollup headers'
            cand --deny-delete 'Refuse message deletes'
            cand --deny-purge 'Refuse purges'
            cand --allow-direct 'Allow direct get'
            cand --seal 'Seal the stream (edit only): no more writes, deletes or purges'
            cand --republish-headers 'Republish only headers'
            cand --json 'Print the server''s JSON reply'
            cand -f 'Do not ask for confirmation (edit)'
            cand --force 'Do not ask for confirmation (edit)'
            cand --defaults 'Take the defaults for everything not given (`nats stream add --defaults`; natsx never prompts, so this only documents the intent)'
            cand --tlsfirst 'Start TLS before the server''s INFO (for servers with handshake_first)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'natsx;stream;info'= {
            cand -s 'NATS server URLs, comma separated [default: the context''s, else nats://127.0.0.1:4222]'
            cand --server 'NATS server URLs, comma separated [default: the context''s, else nats://127.0.0.1:4222]'
            cand --context 'The connection context to use (`natsx context`), instead of the selected one'
            cand --user 'Username or token'
            cand --password 'Password'
            cand --token 'Authentication token'
            cand --creds 'User credentials file (JWT and seed)'
            cand --nkey 'NKey seed file'
            cand --timeout 'Time to wait on connect and on responses (e.g. 5s, 500ms)'
            cand --connection-name 'Name of this connection, as the server shows it'
            cand --tlscert 'TLS client certificate file (with --tlskey)'
            cand --tlskey 'TLS client key file'
            cand --tlsca 'CA file that signed the server''s certificate (TLS is then required)'
            cand --json 'json'
            cand --tlsfirst 'Start TLS before the server''s INFO (for servers with handshake_first)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'natsx;stream;ls'= {
            cand --subject 'Only streams capturing this subject'
            cand -s 'NATS server URLs, comma separated [default: the context''s, else nats://127.0.0.1:4222]'
            cand --server 'NATS server URLs, comma separated [default: the context''s, else nats://127.0.0.1:4222]'
            cand --context 'The connection context to use (`natsx context`), instead of the selected one'
            cand --user 'Username or token'
            cand --password 'Password'
            cand --token 'Authentication token'
            cand --creds 'User credentials file (JWT and seed)'
            cand --nkey 'NKey seed file'
            cand --timeout 'Time to wait on connect and on responses (e.g. 5s, 500ms)'
            cand --connection-name 'Name of this connection, as the server shows it'
            cand --tlscert 'TLS client certificate file (with --tlskey)'
            cand --tlskey 'TLS client key file'
            cand --tlsca 'CA file that signed the server''s certificate (TLS is then required)'
            cand -n 'Names only'
            cand --names 'Names only'
            cand --json 'json'
            cand --tlsfirst 'Start TLS before the server''s INFO (for servers with handshake_first)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'natsx;stream;rm'= {
            cand -s 'NATS server URLs, comma separated [default: the context''s, else nats://127.0.0.1:4222]'
            cand --server 'NATS server URLs, comma separated [default: the context''s, else nats://127.0.0.1:4222]'
            cand --context 'The connection context to use (`natsx context`), instead of the selected one'
            cand --user 'Username or token'
            cand --password 'Password'
            cand --token 'Authentication token'
            cand --creds 'User credentials file (JWT and seed)'
            cand --nkey 'NKey seed file'
            cand --timeout 'Time to wait on connect and on responses (e.g. 5s, 500ms)'
            cand --connection-name 'Name of this connection, as the server shows it'
            cand --tlscert 'TLS client certificate file (with --tlskey)'
            cand --tlskey 'TLS client key file'
            cand --tlsca 'CA file that signed the server''s certificate (TLS is then required)'
            cand -f 'f'
            cand --force 'force'
            cand --tlsfirst 'Start TLS before the server''s INFO (for servers with handshake_first)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'natsx;stream;purge'= {
            cand --subject 'Only messages on this subject'
            cand --seq 'Only messages below this sequence'
            cand --keep 'Keep this many of the newest messages'
            cand -s 'NATS server URLs, comma separated [default: the context''s, else nats://127.0.0.1:4222]'
            cand --server 'NATS server URLs, comma separated [default: the context''s, else nats://127.0.0.1:4222]'
            cand --context 'The connection context to use (`natsx context`), instead of the selected one'
            cand --user 'Username or token'
            cand --password 'Password'
            cand --token 'Authentication token'
            cand --creds 'User credentials file (JWT and seed)'
            cand --nkey 'NKey seed file'
            cand --timeout 'Time to wait on connect and on responses (e.g. 5s, 500ms)'
            cand --connection-name 'Name of this connection, as the server shows it'
            cand --tlscert 'TLS client certificate file (with --tlskey)'
            cand --tlskey 'TLS client key file'
            cand --tlsca 'CA file that signed the server''s certificate (TLS is then required)'
            cand -f 'f'
            cand --force 'force'
            cand --json 'json'
            cand --tlsfirst 'Start TLS before the server''s INFO (for servers with handshake_first)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'natsx;stream;get'= {
            cand --last-for 'The newest message on this subject instead'
            cand -s 'NATS server URLs, comma separated [default: the context''s, else nats://127.0.0.1:4222]'
            cand --server 'NATS server URLs, comma separated [default: the context''s, else nats://127.0.0.1:4222]'
            cand --context 'The connection context to use (`natsx context`), instead of the selected one'
            cand --user 'Username or token'
            cand --password 'Password'
            cand --token 'Authentication token'
            cand --creds 'User credentials file (JWT and seed)'
            cand --nkey 'NKey seed file'
            cand --timeout 'Time to wait on connect and on responses (e.g. 5s, 500ms)'
            cand --connection-name 'Name of this connection, as the server shows it'
            cand --tlscert 'TLS client certificate file (with --tlskey)'
            cand --tlskey 'TLS client key file'
            cand --tlsca 'CA file that signed the server''s certificate (TLS is then required)'
            cand --json 'json'
            cand --tlsfirst 'Start TLS before the server''s INFO (for servers with handshake_first)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'natsx;stream;rmm'= {
            cand -s 'NATS server URLs, comma separated [default: the context''s, else nats://127.0.0.1:4222]'
            cand --server 'NATS server URLs, comma separated [default: the context''s, else nats://127.0.0.1:4222]'
            cand --context 'The connection context to use (`natsx context`), instead of the selected one'
            cand --user 'Username or token'
            cand --password 'Password'
            cand --token 'Authentication token'
            cand --creds 'User credentials file (JWT and seed)'
            cand --nkey 'NKey seed file'
            cand --timeout 'Time to wait on connect and on responses (e.g. 5s, 500ms)'
            cand --connection-name 'Name of this connection, as the server shows it'
            cand --tlscert 'TLS client certificate file (with --tlskey)'
            cand --tlskey 'TLS client key file'
            cand --tlsca 'CA file that signed the server''s certificate (TLS is then required)'
            cand --no-erase 'Only remove, do not overwrite the stored bytes'
            cand -f 'f'
            cand --force 'force'
            cand --tlsfirst 'Start TLS before the server''s INFO (for servers with handshake_first)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'natsx;stream;view'= {
            cand --subject 'Only messages on this subject'
            cand --since 'Start at this sequence'
            cand -n 'Show at most this many messages'
            cand --count 'Show at most this many messages'
            cand -s 'NATS server URLs, comma separated [default: the context''s, else nats://127.0.0.1:4222]'
            cand --server 'NATS server URLs, comma separated [default: the context''s, else nats://127.0.0.1:4222]'
            cand --context 'The connection context to use (`natsx context`), instead of the selected one'
            cand --user 'Username or token'
            cand --password 'Password'
            cand --token 'Authentication token'
            cand --creds 'User credentials file (JWT and seed)'
            cand --nkey 'NKey seed file'
            cand --timeout 'Time to wait on connect and on responses (e.g. 5s, 500ms)'
            cand --connection-name 'Name of this connection, as the server shows it'
            cand --tlscert 'TLS client certificate file (with --tlskey)'
            cand --tlskey 'TLS client key file'
            cand --tlsca 'CA file that signed the server''s certificate (TLS is then required)'
            cand --raw 'Bodies only'
            cand --tlsfirst 'Start TLS before the server''s INFO (for servers with handshake_first)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'natsx;stream;report'= {
            cand -s 'NATS server URLs, comma separated [default: the context''s, else nats://127.0.0.1:4222]'
            cand --server 'NATS server URLs, comma separated [default: the context''s, else nats://127.0.0.1:4222]'
            cand --context 'The connection context to use (`natsx context`), instead of the selected one'
            cand --user 'Username or token'
            cand --password 'Password'
            cand --token 'Authentication token'
            cand --creds 'User credentials file (JWT and seed)'
            cand --nkey 'NKey seed file'
            cand --timeout 'Time to wait on connect and on responses (e.g. 5s, 500ms)'
            cand --connection-name 'Name of this connection, as the server shows it'
            cand --tlscert 'TLS client certificate file (with --tlskey)'
            cand --tlskey 'TLS client key file'
            cand --tlsca 'CA file that signed the server''s certificate (TLS is then required)'
            cand --json 'json'
            cand --tlsfirst 'Start TLS before the server''s INFO (for servers with handshake_first)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'natsx;stream;help'= {
            cand add 'Create a stream'
            cand edit 'Change a stream''s configuration'
            cand info 'Show a stream''s configuration and state'
            cand ls 'List streams'
            cand rm 'Delete a stream and all its messages'
            cand purge 'Remove messages from a stream'
            cand get 'Show one message'
            cand rmm 'Delete one message'
            cand view 'Show the messages of a stream'
            cand report 'A table of every stream'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'natsx;stream;help;add'= {
        }
        &'natsx;stream;help;edit'= {
        }
        &'natsx;stream;help;info'= {
        }
        &'natsx;stream;help;ls'= {
        }
        &'natsx;stream;help;rm'= {
        }
        &'natsx;stream;help;purge'= {
        }
        &'natsx;stream;help;get'= {
        }
        &'natsx;stream;help;rmm'= {
        }
        &'natsx;stream;help;view'= {
        }
        &'natsx;stream;help;report'= {
        }
        &'natsx;stream;help;help'= {
        }
        &'natsx;consumer'= {
            cand -s 'NATS server URLs, comma separated [default: the context''s, else nats://127.0.0.1:4222]'
            cand --server 'NATS server URLs, comma separated [default: the context''s, else nats://127.0.0.1:4222]'
            cand --context 'The connection context to use (`natsx context`), instead of the selected one'
            cand --user 'Username or token'
            cand --password 'Password'
            cand --token 'Authentication token'
            cand --creds 'User credentials file (JWT and seed)'
            cand --nkey 'NKey seed file'
            cand --timeout 'Time to wait on connect and on responses (e.g. 5s, 500ms)'
            cand --connection-name 'Name of this connection, as the server shows it'
            cand --tlscert 'TLS client certificate file (with --tlskey)'
            cand --tlskey 'TLS client key file'
            cand --tlsca 'CA file that signed the server''s certificate (TLS is then required)'
            cand --tlsfirst 'Start TLS before the server''s INFO (for servers with handshake_first)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
            cand add 'Create a consumer'
            cand edit 'Change a consumer''s configuration'
            cand info 'Show a consumer''s configuration and state'
            cand ls 'List a stream''s consumers'
            cand rm 'Delete a consumer'
            cand next 'Fetch messages from a pull consumer'
            cand sub 'Receive messages from a push consumer'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'natsx;consumer;add'= {
            cand --target 'Push consumer delivering to this subject'
            cand --deliver 'Where to start: all, last, new, last_per_subject, a sequence, or an RFC 3339 time'
            cand --ack 'Ack policy: explicit, all or none'
            cand --wait 'How long to wait for an ack before redelivering (e.g. 30s)'
            cand --max-deliver 'Deliveries before giving up on a message (-1 unlimited)'
            cand --max-pending 'Maximum unacknowledged messages'
            cand --filter 'Subject filters (repeatable)'
            cand --replay 'Replay policy: instant or original'
            cand --heartbeat 'Idle heartbeat interval (push)'
            cand --deliver-group 'Queue group for push delivery'
            cand --max-waiting 'Maximum waiting pull requests'
            cand --backoff 'Redelivery backoff durations (repeatable or comma separated)'
            cand --inactive-threshold 'Remove the consumer after this long without interest'
            cand --description 'Description'
            cand --config 'The whole configuration as JSON (flags given as well override it)'
            cand -s 'NATS server URLs, comma separated [default: the context''s, else nats://127.0.0.1:4222]'
            cand --server 'NATS server URLs, comma separated [default: the context''s, else nats://127.0.0.1:4222]'
            cand --context 'The connection context to use (`natsx context`), instead of the selected one'
            cand --user 'Username or token'
            cand --password 'Password'
            cand --token 'Authentication token'
            cand --creds 'User credentials file (JWT and seed)'
            cand --nkey 'NKey seed file'
            cand --timeout 'Time to wait on connect and on responses (e.g. 5s, 500ms)'
            cand --connection-name 'Name of this connection, as the server shows it'
            cand --tlscert 'TLS client certificate file (with --tlskey)'
            cand --tlskey 'TLS client key file'
            cand --tlsca 'CA file that signed the server''s certificate (TLS is then required)'
            cand --pull 'Pull consumer (the default unless --target is given)'
            cand --flow-control 'Flow control (push)'
            cand --headers-only 'Deliver headers only, with the body size in Nats-Msg-Size'
            cand --json 'json'
            cand -f 'Do not ask for confirmation (edit)'
            cand --force 'Do not ask for confirmation (edit)'
            cand --tlsfirst 'Start TLS before the server''s INFO (for servers with handshake_first)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'natsx;consumer;edit'= {
            cand --target 'Push consumer delivering to this subject'
            cand --deliver 'Where to start: all, last, new, last_per_subject, a sequence, or an RFC 3339 time'
            cand --ack 'Ack policy: explicit, all or none'
            cand --wait 'How long to wait for an ack before redelivering (e.g. 30s)'
            cand --max-deliver 'Deliveries before giving up on a message (-1 unlimited)'
            cand --max-pending 'Maximum unacknowledged messages'
            cand --filter 'Subject filters (repeatable)'
            cand --replay 'Replay policy: instant or original'
            cand --heartbeat 'Idle heartbeat interval (push)'
            cand --deliver-group 'Queue group for push delivery'
            cand --max-waiting 'Maximum waiting pull requests'
            cand --backoff 'Redelivery backoff durations (repeatable or comma separated)'
            cand --inactive-threshold 'Remove the consumer after this long without interest'
            cand --description 'Description'
            cand --config 'The whole configuration as JSON (flags given as well override it)'
            cand -s 'NATS server URLs, comma separated [default: the context''s, else nats://127.0.0.1:4222]'
            cand --server 'NATS server URLs, comma separated [default: the context''s, else nats://127.0.0.1:4222]'
            cand --context 'The connection context to use (`natsx context`), instead of the selected one'
            cand --user 'Username or token'
            cand --password 'Password'
            cand --token 'Authentication token'
            cand --creds 'User credentials file (JWT and seed)'
            cand --nkey 'NKey seed file'
            cand --timeout 'Time to wait on connect and on responses (e.g. 5s, 500ms)'
            cand --connection-name 'Name of this connection, as the server shows it'
            cand --tlscert 'TLS client certificate file (with --tlskey)'
            cand --tlskey 'TLS client key file'
            cand --tlsca 'CA file that signed the server''s certificate (TLS is then required)'
            cand --pull 'Pull consumer (the default unless --target is given)'
            cand --flow-control 'Flow control (push)'
            cand --headers-only 'Deliver headers only, with the body size in Nats-Msg-Size'
            cand --json 'json'
            cand -f 'Do not ask for confirmation (edit)'
            cand --force 'Do not ask for confirmation (edit)'
            cand --tlsfirst 'Start TLS before the server''s INFO (for servers with handshake_first)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'natsx;consumer;info'= {
            cand -s 'NATS server URLs, comma separated [default: the context''s, else nats://127.0.0.1:4222]'
            cand --server 'NATS server URLs, comma separated [default: the context''s, else nats://127.0.0.1:4222]'
            cand --context 'The connection context to use (`natsx context`), instead of the selected one'
            cand --user 'Username or token'
            cand --password 'Password'
            cand --token 'Authentication token'
            cand --creds 'User credentials file (JWT and seed)'
            cand --nkey 'NKey seed file'
            cand --timeout 'Time to wait on connect and on responses (e.g. 5s, 500ms)'
            cand --connection-name 'Name of this connection, as the server shows it'
            cand --tlscert 'TLS client certificate file (with --tlskey)'
            cand --tlskey 'TLS client key file'
            cand --tlsca 'CA file that signed the server''s certificate (TLS is then required)'
            cand --json 'json'
            cand --tlsfirst 'Start TLS before the server''s INFO (for servers with handshake_first)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'natsx;consumer;ls'= {
            cand -s 'NATS server URLs, comma separated [default: the context''s, else nats://127.0.0.1:4222]'
            cand --server 'NATS server URLs, comma separated [default: the context''s, else nats://127.0.0.1:4222]'
            cand --context 'The connection context to use (`natsx context`), instead of the selected one'
            cand --user 'Username or token'
            cand --password 'Password'
            cand --token 'Authentication token'
            cand --creds 'User credentials file (JWT and seed)'
            cand --nkey 'NKey seed file'
            cand --timeout 'Time to wait on connect and on responses (e.g. 5s, 500ms)'
            cand --connection-name 'Name of this connection, as the server shows it'
            cand --tlscert 'TLS client certificate file (with --tlskey)'
            cand --tlskey 'TLS client key file'
            cand --tlsca 'CA file that signed the server''s certificate (TLS is then required)'
            cand -n 'n'
            cand --names 'names'
            cand --json 'json'
            cand --tlsfirst 'Start TLS before the server''s INFO (for servers with handshake_first)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'natsx;consumer;rm'= {
            cand -s 'NATS server URLs, comma separated [default: the context''s, else nats://127.0.0.1:4222]'
            cand --server 'NATS server URLs, comma separated [default: the context''s, else nats://127.0.0.1:4222]'
            cand --context 'The connection context to use (`natsx context`), instead of the selected one'
            cand --user 'Username or token'
            cand --password 'Password'
            cand --token 'Authentication token'
            cand --creds 'User credentials file (JWT and seed)'
            cand --nkey 'NKey seed file'
            cand --timeout 'Time to wait on connect and on responses (e.g. 5s, 500ms)'
            cand --connection-name 'Name of this connection, as the server shows it'
            cand --tlscert 'TLS client certificate file (with --tlskey)'
            cand --tlskey 'TLS client key file'
            cand --tlsca 'CA file that signed the server''s certificate (TLS is then required)'
            cand -f 'f'
            cand --force 'force'
            cand --tlsfirst 'Start TLS before the server''s INFO (for servers with handshake_first)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'natsx;consumer;next'= {
            cand --count 'How many messages'
            cand --wait 'How long to wait for messages'
            cand -s 'NATS server URLs, comma separated [default: the context''s, else nats://127.0.0.1:4222]'
            cand --server 'NATS server URLs, comma separated [default: the context''s, else nats://127.0.0.1:4222]'
            cand --context 'The connection context to use (`natsx context`), instead of the selected one'
            cand --user 'Username or token'
            cand --password 'Password'
            cand --token 'Authentication token'
            cand --creds 'User credentials file (JWT and seed)'
            cand --nkey 'NKey seed file'
            cand --timeout 'Time to wait on connect and on responses (e.g. 5s, 500ms)'
            cand --connection-name 'Name of this connection, as the server shows it'
            cand --tlscert 'TLS client certificate file (with --tlskey)'
            cand --tlskey 'TLS client key file'
            cand --tlsca 'CA file that signed the server''s certificate (TLS is then required)'
            cand --no-ack 'Do not acknowledge the messages'
            cand --raw 'Bodies only'
            cand --tlsfirst 'Start TLS before the server''s INFO (for servers with handshake_first)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'natsx;consumer;sub'= {
            cand --count 'Stop after this many messages (0: run until interrupted)'
            cand -s 'NATS server URLs, comma separated [default: the context''s, else nats://127.0.0.1:4222]'
            cand --server 'NATS server URLs, comma separated [default: the context''s, else nats://127.0.0.1:4222]'
            cand --context 'The connection context to use (`natsx context`), instead of the selected one'
            cand --user 'Username or token'
            cand --password 'Password'
            cand --token 'Authentication token'
            cand --creds 'User credentials file (JWT and seed)'
            cand --nkey 'NKey seed file'
            cand --timeout 'Time to wait on connect and on responses (e.g. 5s, 500ms)'
            cand --connection-name 'Name of this connection, as the server shows it'
            cand --tlscert 'TLS client certificate file (with --tlskey)'
            cand --tlskey 'TLS client key file'
            cand --tlsca 'CA file that signed the server''s certificate (TLS is then required)'
            cand --no-ack 'Do not acknowledge the messages'
            cand --raw 'raw'
            cand --tlsfirst 'Start TLS before the server''s INFO (for servers with handshake_first)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'natsx;consumer;help'= {
            cand add 'Create a consumer'
            cand edit 'Change a consumer''s configuration'
            cand info 'Show a consumer''s configuration and state'
            cand ls 'List a stream''s consumers'
            cand rm 'Delete a consumer'
            cand next 'Fetch messages from a pull consumer'
            cand sub 'Receive messages from a push consumer'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'natsx;consumer;help;add'= {
        }
        &'natsx;consumer;help;edit'= {
        }
        &'natsx;consumer;help;info'= {
        }
        &'natsx;consumer;help;ls'= {
        }
        &'natsx;consumer;help;rm'= {
        }
        &'natsx;consumer;help;next'= {
        }
        &'natsx;consumer;help;sub'= {
        }
        &'natsx;consumer;help;help'= {
        }
        &'natsx;kv'= {
            cand -s 'NATS server URLs, comma separated [default: the context''s, else nats://127.0.0.1:4222]'
            cand --server 'NATS server URLs, comma separated [default: the context''s, else nats://127.0.0.1:4222]'
            cand --context 'The connection context to use (`natsx context`), instead of the selected one'
            cand --user 'Username or token'
            cand --password 'Password'
            cand --token 'Authentication token'
            cand --creds 'User credentials file (JWT and seed)'
            cand --nkey 'NKey seed file'
            cand --timeout 'Time to wait on connect and on responses (e.g. 5s, 500ms)'
            cand --connection-name 'Name of this connection, as the server shows it'
            cand --tlscert 'TLS client certificate file (with --tlskey)'
            cand --tlskey 'TLS client key file'
            cand --tlsca 'CA file that signed the server''s certificate (TLS is then required)'
            cand --tlsfirst 'Start TLS before the server''s INFO (for servers with handshake_first)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
            cand add 'Create a bucket'
            cand info 'Show a bucket''s configuration and state'
            cand ls 'List buckets'
            cand rm 'Delete a bucket and all its values'
            cand put 'Store a value'
            cand get 'Show a value'
            cand create 'Store a value only if the key has none'
            cand update 'Replace a value only if it is still at the given revision (compare and set)'
            cand del 'Delete a key (leaves a delete marker; history is kept)'
            cand purge 'Remove a key and its history (leaves a purge marker)'
            cand history 'Show every stored revision of a key'
            cand keys 'List the keys that have a value'
            cand watch 'Print changes as they happen'
            cand compact 'Remove delete and purge markers left by deleted keys'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'natsx;kv;add'= {
            cand --history 'Revisions kept per key'
            cand --ttl 'How long values live (e.g. 1h, 7d; 0 forever)'
            cand --max-value-size 'Largest value accepted (e.g. 1MB)'
            cand --max-bucket-size 'Largest total size of the bucket (e.g. 1GB)'
            cand --storage 'file or memory'
            cand --replicas 'replicas'
            cand --description 'description'
            cand --marker-ttl 'Leave markers for keys removed by the TTL, kept this long (e.g. 1m)'
            cand -s 'NATS server URLs, comma separated [default: the context''s, else nats://127.0.0.1:4222]'
            cand --server 'NATS server URLs, comma separated [default: the context''s, else nats://127.0.0.1:4222]'
            cand --context 'The connection context to use (`natsx context`), instead of the selected one'
            cand --user 'Username or token'
            cand --password 'Password'
            cand --token 'Authentication token'
            cand --creds 'User credentials file (JWT and seed)'
            cand --nkey 'NKey seed file'
            cand --timeout 'Time to wait on connect and on responses (e.g. 5s, 500ms)'
            cand --connection-name 'Name of this connection, as the server shows it'
            cand --tlscert 'TLS client certificate file (with --tlskey)'
            cand --tlskey 'TLS client key file'
            cand --tlsca 'CA file that signed the server''s certificate (TLS is then required)'
            cand --json 'json'
            cand --tlsfirst 'Start TLS before the server''s INFO (for servers with handshake_first)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'natsx;kv;info'= {
            cand -s 'NATS server URLs, comma separated [default: the context''s, else nats://127.0.0.1:4222]'
            cand --server 'NATS server URLs, comma separated [default: the context''s, else nats://127.0.0.1:4222]'
            cand --context 'The connection context to use (`natsx context`), instead of the selected one'
            cand --user 'Username or token'
            cand --password 'Password'
            cand --token 'Authentication token'
            cand --creds 'User credentials file (JWT and seed)'
            cand --nkey 'NKey seed file'
            cand --timeout 'Time to wait on connect and on responses (e.g. 5s, 500ms)'
            cand --connection-name 'Name of this connection, as the server shows it'
            cand --tlscert 'TLS client certificate file (with --tlskey)'
            cand --tlskey 'TLS client key file'
            cand --tlsca 'CA file that signed the server''s certificate (TLS is then required)'
            cand --json 'json'
            cand --tlsfirst 'Start TLS before the server''s INFO (for servers with handshake_first)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'natsx;kv;ls'= {
            cand -s 'NATS server URLs, comma separated [default: the context''s, else nats://127.0.0.1:4222]'
            cand --server 'NATS server URLs, comma separated [default: the context''s, else nats://127.0.0.1:4222]'
            cand --context 'The connection context to use (`natsx context`), instead of the selected one'
            cand --user 'Username or token'
            cand --password 'Password'
            cand --token 'Authentication token'
            cand --creds 'User credentials file (JWT and seed)'
            cand --nkey 'NKey seed file'
            cand --timeout 'Time to wait on connect and on responses (e.g. 5s, 500ms)'
            cand --connection-name 'Name of this connection, as the server shows it'
            cand --tlscert 'TLS client certificate file (with --tlskey)'
            cand --tlskey 'TLS client key file'
            cand --tlsca 'CA file that signed the server''s certificate (TLS is then required)'
            cand -n 'n'
            cand --names 'names'
            cand --json 'json'
            cand --tlsfirst 'Start TLS before the server''s INFO (for servers with handshake_first)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'natsx;kv;rm'= {
            cand -s 'NATS server URLs, comma separated [default: the context''s, else nats://127.0.0.1:4222]'
            cand --server 'NATS server URLs, comma separated [default: the context''s, else nats://127.0.0.1:4222]'
            cand --context 'The connection context to use (`natsx context`), instead of the selected one'
            cand --user 'Username or token'
            cand --password 'Password'
            cand --token 'Authentication token'
            cand --creds 'User credentials file (JWT and seed)'
            cand --nkey 'NKey seed file'
            cand --timeout 'Time to wait on connect and on responses (e.g. 5s, 500ms)'
            cand --connection-name 'Name of this connection, as the server shows it'
            cand --tlscert 'TLS client certificate file (with --tlskey)'
            cand --tlskey 'TLS client key file'
            cand --tlsca 'CA file that signed the server''s certificate (TLS is then required)'
            cand -f 'f'
            cand --force 'force'
            cand --tlsfirst 'Start TLS before the server''s INFO (for servers with handshake_first)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'natsx;kv;put'= {
            cand -s 'NATS server URLs, comma separated [default: the context''s, else nats://127.0.0.1:4222]'
            cand --server 'NATS server URLs, comma separated [default: the context''s, else nats://127.0.0.1:4222]'
            cand --context 'The connection context to use (`natsx context`), instead of the selected one'
            cand --user 'Username or token'
            cand --password 'Password'
            cand --token 'Authentication token'
            cand --creds 'User credentials file (JWT and seed)'
            cand --nkey 'NKey seed file'
            cand --timeout 'Time to wait on connect and on responses (e.g. 5s, 500ms)'
            cand --connection-name 'Name of this connection, as the server shows it'
            cand --tlscert 'TLS client certificate file (with --tlskey)'
            cand --tlskey 'TLS client key file'
            cand --tlsca 'CA file that signed the server''s certificate (TLS is then required)'
            cand --tlsfirst 'Start TLS before the server''s INFO (for servers with handshake_first)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'natsx;kv;get'= {
            cand --revision 'A specific revision'
            cand -s 'NATS server URLs, comma separated [default: the context''s, else nats://127.0.0.1:4222]'
            cand --server 'NATS server URLs, comma separated [default: the context''s, else nats://127.0.0.1:4222]'
            cand --context 'The connection context to use (`natsx context`), instead of the selected one'
            cand --user 'Username or token'
            cand --password 'Password'
            cand --token 'Authentication token'
            cand --creds 'User credentials file (JWT and seed)'
            cand --nkey 'NKey seed file'
            cand --timeout 'Time to wait on connect and on responses (e.g. 5s, 500ms)'
            cand --connection-name 'Name of this connection, as the server shows it'
            cand --tlscert 'TLS client certificate file (with --tlskey)'
            cand --tlskey 'TLS client key file'
            cand --tlsca 'CA file that signed the server''s certificate (TLS is then required)'
            cand --raw 'The value only'
            cand --json 'json'
            cand --tlsfirst 'Start TLS before the server''s INFO (for servers with handshake_first)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'natsx;kv;create'= {
            cand --ttl 'This value expires after (e.g. 10m); needs a bucket made with --marker-ttl'
            cand -s 'NATS server URLs, comma separated [default: the context''s, else nats://127.0.0.1:4222]'
            cand --server 'NATS server URLs, comma separated [default: the context''s, else nats://127.0.0.1:4222]'
            cand --context 'The connection context to use (`natsx context`), instead of the selected one'
            cand --user 'Username or token'
            cand --password 'Password'
            cand --token 'Authentication token'
            cand --creds 'User credentials file (JWT and seed)'
            cand --nkey 'NKey seed file'
            cand --timeout 'Time to wait on connect and on responses (e.g. 5s, 500ms)'
            cand --connection-name 'Name of this connection, as the server shows it'
            cand --tlscert 'TLS client certificate file (with --tlskey)'
            cand --tlskey 'TLS client key file'
            cand --tlsca 'CA file that signed the server''s certificate (TLS is then required)'
            cand --tlsfirst 'Start TLS before the server''s INFO (for servers with handshake_first)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'natsx;kv;update'= {
            cand -s 'NATS server URLs, comma separated [default: the context''s, else nats://127.0.0.1:4222]'
            cand --server 'NATS server URLs, comma separated [default: the context''s, else nats://127.0.0.1:4222]'
            cand --context 'The connection context to use (`natsx context`), instead of the selected one'
            cand --user 'Username or token'
            cand --password 'Password'
            cand --token 'Authentication token'
            cand --creds 'User credentials file (JWT and seed)'
            cand --nkey 'NKey seed file'
            cand --timeout 'Time to wait on connect and on responses (e.g. 5s, 500ms)'
            cand --connection-name 'Name of this connection, as the server shows it'
            cand --tlscert 'TLS client certificate file (with --tlskey)'
            cand --tlskey 'TLS client key file'
            cand --tlsca 'CA file that signed the server''s certificate (TLS is then required)'
            cand --tlsfirst 'Start TLS before the server''s INFO (for servers with handshake_first)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'natsx;kv;del'= {
            cand -s 'NATS server URLs, comma separated [default: the context''s, else nats://127.0.0.1:4222]'
            cand --server 'NATS server URLs, comma separated [default: the context''s, else nats://127.0.0.1:4222]'
            cand --context 'The connection context to use (`natsx context`), instead of the selected one'
            cand --user 'Username or token'
            cand --password 'Password'
            cand --token 'Authentication token'
            cand --creds 'User credentials file (JWT and seed)'
            cand --nkey 'NKey seed file'
            cand --timeout 'Time to wait on connect and on responses (e.g. 5s, 500ms)'
            cand --connection-name 'Name of this connection, as the server shows it'
            cand --tlscert 'TLS client certificate file (with --tlskey)'
            cand --tlskey 'TLS client key file'
            cand --tlsca 'CA file that signed the server''s certificate (TLS is then required)'
            cand -f 'f'
            cand --force 'force'
            cand --tlsfirst 'Start TLS before the server''s INFO (for servers with handshake_first)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'natsx;kv;purge'= {
            cand -s 'NATS server URLs, comma separated [default: the context''s, else nats://127.0.0.1:4222]'
            cand --server 'NATS server URLs, comma separated [default: the context''s, else nats://127.0.0.1:4222]'
            cand --context 'The connection context to use (`natsx context`), instead of the selected one'
            cand --user 'Username or token'
            cand --password 'Password'
            cand --token 'Authentication token'
            cand --creds 'User credentials file (JWT and seed)'
            cand --nkey 'NKey seed file'
            cand --timeout 'Time to wait on connect and on responses (e.g. 5s, 500ms)'
            cand --connection-name 'Name of this connection, as the server shows it'
            cand --tlscert 'TLS client certificate file (with --tlskey)'
            cand --tlskey 'TLS client key file'
            cand --tlsca 'CA file that signed the server''s certificate (TLS is then required)'
            cand -f 'f'
            cand --force 'force'
            cand --tlsfirst 'Start TLS before the server''s INFO (for servers with handshake_first)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'natsx;kv;history'= {
            cand -s 'NATS server URLs, comma separated [default: the context''s, else nats://127.0.0.1:4222]'
            cand --server 'NATS server URLs, comma separated [default: the context''s, else nats://127.0.0.1:4222]'
            cand --context 'The connection context to use (`natsx context`), instead of the selected one'
            cand --user 'Username or token'
            cand --password 'Password'
            cand --token 'Authentication token'
            cand --creds 'User credentials file (JWT and seed)'
            cand --nkey 'NKey seed file'
            cand --timeout 'Time to wait on connect and on responses (e.g. 5s, 500ms)'
            cand --connection-name 'Name of this connection, as the server shows it'
            cand --tlscert 'TLS client certificate file (with --tlskey)'
            cand --tlskey 'TLS client key file'
            cand --tlsca 'CA file that signed the server''s certificate (TLS is then required)'
            cand --json 'json'
            cand --tlsfirst 'Start TLS before the server''s INFO (for servers with handshake_first)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'natsx;kv;keys'= {
            cand -s 'NATS server URLs, comma separated [default: the context''s, else nats://127.0.0.1:4222]'
            cand --server 'NATS server URLs, comma separated [default: the context''s, else nats://127.0.0.1:4222]'
            cand --context 'The connection context to use (`natsx context`), instead of the selected one'
            cand --user 'Username or token'
            cand --password 'Password'
            cand --token 'Authentication token'
            cand --creds 'User credentials file (JWT and seed)'
            cand --nkey 'NKey seed file'
            cand --timeout 'Time to wait on connect and on responses (e.g. 5s, 500ms)'
            cand --connection-name 'Name of this connection, as the server shows it'
            cand --tlscert 'TLS client certificate file (with --tlskey)'
            cand --tlskey 'TLS client key file'
            cand --tlsca 'CA file that signed the server''s certificate (TLS is then required)'
            cand --json 'json'
            cand --tlsfirst 'Start TLS before the server''s INFO (for servers with handshake_first)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'natsx;kv;watch'= {
            cand --count 'Stop after this many updates (0: until interrupted)'
            cand -s 'NATS server URLs, comma separated [default: the context''s, else nats://127.0.0.1:4222]'
            cand --server 'NATS server URLs, comma separated [default: the context''s, else nats://127.0.0.1:4222]'
            cand --context 'The connection context to use (`natsx context`), instead of the selected one'
            cand --user 'Username or token'
            cand --password 'Password'
            cand --token 'Authentication token'
            cand --creds 'User credentials file (JWT and seed)'
            cand --nkey 'NKey seed file'
            cand --timeout 'Time to wait on connect and on responses (e.g. 5s, 500ms)'
            cand --connection-name 'Name of this connection, as the server shows it'
            cand --tlscert 'TLS client certificate file (with --tlskey)'
            cand --tlskey 'TLS client key file'
            cand --tlsca 'CA file that signed the server''s certificate (TLS is then required)'
            cand --history 'Start with the current values'
            cand --tlsfirst 'Start TLS before the server''s INFO (for servers with handshake_first)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'natsx;kv;compact'= {
            cand --keep-newer 'Markers younger than this stay (their history goes), so watchers still see recent deletes; older ones go entirely'
            cand -s 'NATS server URLs, comma separated [default: the context''s, else nats://127.0.0.1:4222]'
            cand --server 'NATS server URLs, comma separated [default: the context''s, else nats://127.0.0.1:4222]'
            cand --context 'The connection context to use (`natsx context`), instead of the selected one'
            cand --user 'Username or token'
            cand --password 'Password'
            cand --token 'Authentication token'
            cand --creds 'User credentials file (JWT and seed)'
            cand --nkey 'NKey seed file'
            cand --timeout 'Time to wait on connect and on responses (e.g. 5s, 500ms)'
            cand --connection-name 'Name of this connection, as the server shows it'
            cand --tlscert 'TLS client certificate file (with --tlskey)'
            cand --tlskey 'TLS client key file'
            cand --tlsca 'CA file that signed the server''s certificate (TLS is then required)'
            cand -f 'f'
            cand --force 'force'
            cand --tlsfirst 'Start TLS before the server''s INFO (for servers with handshake_first)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'natsx;kv;help'= {
            cand add 'Create a bucket'
            cand info 'Show a bucket''s configuration and state'
            cand ls 'List buckets'
            cand rm 'Delete a bucket and all its values'
            cand put 'Store a value'
            cand get 'Show a value'
            cand create 'Store a value only if the key has none'
            cand update 'Replace a value only if it is still at the given revision (compare and set)'
            cand del 'Delete a key (leaves a delete marker; history is kept)'
            cand purge 'Remove a key and its history (leaves a purge marker)'
            cand history 'Show every stored revision of a key'
            cand keys 'List the keys that have a value'
            cand watch 'Print changes as they happen'
            cand compact 'Remove delete and purge markers left by deleted keys'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'natsx;kv;help;add'= {
        }
        &'natsx;kv;help;info'= {
        }
        &'natsx;kv;help;ls'= {
        }
        &'natsx;kv;help;rm'= {
        }
        &'natsx;kv;help;put'= {
        }
        &'natsx;kv;help;get'= {
        }
        &'natsx;kv;help;create'= {
        }
        &'natsx;kv;help;update'= {
        }
        &'natsx;kv;help;del'= {
        }
        &'natsx;kv;help;purge'= {
        }
        &'natsx;kv;help;history'= {
        }
        &'natsx;kv;help;keys'= {
        }
        &'natsx;kv;help;watch'= {
        }
        &'natsx;kv;help;compact'= {
        }
        &'natsx;kv;help;help'= {
        }
        &'natsx;obj'= {
            cand -s 'NATS server URLs, comma separated [default: the context''s, else nats://127.0.0.1:4222]'
            cand --server 'NATS server URLs, comma separated [default: the context''s, else nats://127.0.0.1:4222]'
            cand --context 'The connection context to use (`natsx context`), instead of the selected one'
            cand --user 'Username or token'
            cand --password 'Password'
            cand --token 'Authentication token'
            cand --creds 'User credentials file (JWT and seed)'
            cand --nkey 'NKey seed file'
            cand --timeout 'Time to wait on connect and on responses (e.g. 5s, 500ms)'
            cand --connection-name 'Name of this connection, as the server shows it'
            cand --tlscert 'TLS client certificate file (with --tlskey)'
            cand --tlskey 'TLS client key file'
            cand --tlsca 'CA file that signed the server''s certificate (TLS is then required)'
            cand --tlsfirst 'Start TLS before the server''s INFO (for servers with handshake_first)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
            cand add 'Create a bucket'
            cand info 'Show a bucket, or one object in it'
            cand ls 'List buckets, or the objects in one'
            cand rm 'Delete a bucket and everything in it'
            cand put 'Upload a file (or standard input with `-`)'
            cand get 'Download an object to a file (or standard output with `-O -`)'
            cand del 'Delete an object'
            cand seal 'Make a bucket read-only'
            cand watch 'Print changes to a bucket as they happen'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'natsx;obj;add'= {
            cand --ttl 'How long objects live (e.g. 7d; 0 forever)'
            cand --max-bucket-size 'Largest total size of the bucket (e.g. 10GB)'
            cand --storage 'file or memory'
            cand --replicas 'replicas'
            cand --description 'description'
            cand -s 'NATS server URLs, comma separated [default: the context''s, else nats://127.0.0.1:4222]'
            cand --server 'NATS server URLs, comma separated [default: the context''s, else nats://127.0.0.1:4222]'
            cand --context 'The connection context to use (`natsx context`), instead of the selected one'
            cand --user 'Username or token'
            cand --password 'Password'
            cand --token 'Authentication token'
            cand --creds 'User credentials file (JWT and seed)'
            cand --nkey 'NKey seed file'
            cand --timeout 'Time to wait on connect and on responses (e.g. 5s, 500ms)'
            cand --connection-name 'Name of this connection, as the server shows it'
            cand --tlscert 'TLS client certificate file (with --tlskey)'
            cand --tlskey 'TLS client key file'
            cand --tlsca 'CA file that signed the server''s certificate (TLS is then required)'
            cand --json 'json'
            cand --tlsfirst 'Start TLS before the server''s INFO (for servers with handshake_first)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'natsx;obj;info'= {
            cand -s 'NATS server URLs, comma separated [default: the context''s, else nats://127.0.0.1:4222]'
            cand --server 'NATS server URLs, comma separated [default: the context''s, else nats://127.0.0.1:4222]'
            cand --context 'The connection context to use (`natsx context`), instead of the selected one'
            cand --user 'Username or token'
            cand --password 'Password'
            cand --token 'Authentication token'
            cand --creds 'User credentials file (JWT and seed)'
            cand --nkey 'NKey seed file'
            cand --timeout 'Time to wait on connect and on responses (e.g. 5s, 500ms)'
            cand --connection-name 'Name of this connection, as the server shows it'
            cand --tlscert 'TLS client certificate file (with --tlskey)'
            cand --tlskey 'TLS client key file'
            cand --tlsca 'CA file that signed the server''s certificate (TLS is then required)'
            cand --json 'json'
            cand --tlsfirst 'Start TLS before the server''s INFO (for servers with handshake_first)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'natsx;obj;ls'= {
            cand -s 'NATS server URLs, comma separated [default: the context''s, else nats://127.0.0.1:4222]'
            cand --server 'NATS server URLs, comma separated [default: the context''s, else nats://127.0.0.1:4222]'
            cand --context 'The connection context to use (`natsx context`), instead of the selected one'
            cand --user 'Username or token'
            cand --password 'Password'
            cand --token 'Authentication token'
            cand --creds 'User credentials file (JWT and seed)'
            cand --nkey 'NKey seed file'
            cand --timeout 'Time to wait on connect and on responses (e.g. 5s, 500ms)'
            cand --connection-name 'Name of this connection, as the server shows it'
            cand --tlscert 'TLS client certificate file (with --tlskey)'
            cand --tlskey 'TLS client key file'
            cand --tlsca 'CA file that signed the server''s certificate (TLS is then required)'
            cand --json 'json'
            cand --tlsfirst 'Start TLS before the server''s INFO (for servers with handshake_first)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'natsx;obj;rm'= {
            cand -s 'NATS server URLs, comma separated [default: the context''s, else nats://127.0.0.1:4222]'
            cand --server 'NATS server URLs, comma separated [default: the context''s, else nats://127.0.0.1:4222]'
            cand --context 'The connection context to use (`natsx context`), instead of the selected one'
            cand --user 'Username or token'
            cand --password 'Password'
            cand --token 'Authentication token'
            cand --creds 'User credentials file (JWT and seed)'
            cand --nkey 'NKey seed file'
            cand --timeout 'Time to wait on connect and on responses (e.g. 5s, 500ms)'
            cand --connection-name 'Name of this connection, as the server shows it'
            cand --tlscert 'TLS client certificate file (with --tlskey)'
            cand --tlskey 'TLS client key file'
            cand --tlsca 'CA file that signed the server''s certificate (TLS is then required)'
            cand -f 'f'
            cand --force 'force'
            cand --tlsfirst 'Start TLS before the server''s INFO (for servers with handshake_first)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'natsx;obj;put'= {
            cand --name 'Object name (default: the file''s name)'
            cand --description 'description'
            cand -s 'NATS server URLs, comma separated [default: the context''s, else nats://127.0.0.1:4222]'
            cand --server 'NATS server URLs, comma separated [default: the context''s, else nats://127.0.0.1:4222]'
            cand --context 'The connection context to use (`natsx context`), instead of the selected one'
            cand --user 'Username or token'
            cand --password 'Password'
            cand --token 'Authentication token'
            cand --creds 'User credentials file (JWT and seed)'
            cand --nkey 'NKey seed file'
            cand --timeout 'Time to wait on connect and on responses (e.g. 5s, 500ms)'
            cand --connection-name 'Name of this connection, as the server shows it'
            cand --tlscert 'TLS client certificate file (with --tlskey)'
            cand --tlskey 'TLS client key file'
            cand --tlsca 'CA file that signed the server''s certificate (TLS is then required)'
            cand --no-progress 'No progress bar'
            cand --json 'json'
            cand --tlsfirst 'Start TLS before the server''s INFO (for servers with handshake_first)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'natsx;obj;get'= {
            cand -O 'Where to write it (default: the object''s name); `-` writes standard output'
            cand --output 'Where to write it (default: the object''s name); `-` writes standard output'
            cand -s 'NATS server URLs, comma separated [default: the context''s, else nats://127.0.0.1:4222]'
            cand --server 'NATS server URLs, comma separated [default: the context''s, else nats://127.0.0.1:4222]'
            cand --context 'The connection context to use (`natsx context`), instead of the selected one'
            cand --user 'Username or token'
            cand --password 'Password'
            cand --token 'Authentication token'
            cand --creds 'User credentials file (JWT and seed)'
            cand --nkey 'NKey seed file'
            cand --timeout 'Time to wait on connect and on responses (e.g. 5s, 500ms)'
            cand --connection-name 'Name of this connection, as the server shows it'
            cand --tlscert 'TLS client certificate file (with --tlskey)'
            cand --tlskey 'TLS client key file'
            cand --tlsca 'CA file that signed the server''s certificate (TLS is then required)'
            cand --no-progress 'No progress bar'
            cand --tlsfirst 'Start TLS before the server''s INFO (for servers with handshake_first)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'natsx;obj;del'= {
            cand -s 'NATS server URLs, comma separated [default: the context''s, else nats://127.0.0.1:4222]'
            cand --server 'NATS server URLs, comma separated [default: the context''s, else nats://127.0.0.1:4222]'
            cand --context 'The connection context to use (`natsx context`), instead of the selected one'
            cand --user 'Username or token'
            cand --password 'Password'
            cand --token 'Authentication token'
            cand --creds 'User credentials file (JWT and seed)'
            cand --nkey 'NKey seed file'
            cand --timeout 'Time to wait on connect and on responses (e.g. 5s, 500ms)'
            cand --connection-name 'Name of this connection, as the server shows it'
            cand --tlscert 'TLS client certificate file (with --tlskey)'
            cand --tlskey 'TLS client key file'
            cand --tlsca 'CA file that signed the server''s certificate (TLS is then required)'
            cand -f 'f'
            cand --force 'force'
            cand --tlsfirst 'Start TLS before the server''s INFO (for servers with handshake_first)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'natsx;obj;seal'= {
            cand -s 'NATS server URLs, comma separated [default: the context''s, else nats://127.0.0.1:4222]'
            cand --server 'NATS server URLs, comma separated [default: the context''s, else nats://127.0.0.1:4222]'
            cand --context 'The connection context to use (`natsx context`), instead of the selected one'
            cand --user 'Username or token'
            cand --password 'Password'
            cand --token 'Authentication token'
            cand --creds 'User credentials file (JWT and seed)'
            cand --nkey 'NKey seed file'
            cand --timeout 'Time to wait on connect and on responses (e.g. 5s, 500ms)'
            cand --connection-name 'Name of this connection, as the server shows it'
            cand --tlscert 'TLS client certificate file (with --tlskey)'
            cand --tlskey 'TLS client key file'
            cand --tlsca 'CA file that signed the server''s certificate (TLS is then required)'
            cand -f 'f'
            cand --force 'force'
            cand --tlsfirst 'Start TLS before the server''s INFO (for servers with handshake_first)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'natsx;obj;watch'= {
            cand --count 'Stop after this many changes (0: until interrupted)'
            cand -s 'NATS server URLs, comma separated [default: the context''s, else nats://127.0.0.1:4222]'
            cand --server 'NATS server URLs, comma separated [default: the context''s, else nats://127.0.0.1:4222]'
            cand --context 'The connection context to use (`natsx context`), instead of the selected one'
            cand --user 'Username or token'
            cand --password 'Password'
            cand --token 'Authentication token'
            cand --creds 'User credentials file (JWT and seed)'
            cand --nkey 'NKey seed file'
            cand --timeout 'Time to wait on connect and on responses (e.g. 5s, 500ms)'
            cand --connection-name 'Name of this connection, as the server shows it'
            cand --tlscert 'TLS client certificate file (with --tlskey)'
            cand --tlskey 'TLS client key file'
            cand --tlsca 'CA file that signed the server''s certificate (TLS is then required)'
            cand --tlsfirst 'Start TLS before the server''s INFO (for servers with handshake_first)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'natsx;obj;help'= {
            cand add 'Create a bucket'
            cand info 'Show a bucket, or one object in it'
            cand ls 'List buckets, or the objects in one'
            cand rm 'Delete a bucket and everything in it'
            cand put 'Upload a file (or standard input with `-`)'
            cand get 'Download an object to a file (or standard output with `-O -`)'
            cand del 'Delete an object'
            cand seal 'Make a bucket read-only'
            cand watch 'Print changes to a bucket as they happen'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'natsx;obj;help;add'= {
        }
        &'natsx;obj;help;info'= {
        }
        &'natsx;obj;help;ls'= {
        }
        &'natsx;obj;help;rm'= {
        }
        &'natsx;obj;help;put'= {
        }
        &'natsx;obj;help;get'= {
        }
        &'natsx;obj;help;del'= {
        }
        &'natsx;obj;help;seal'= {
        }
        &'natsx;obj;help;watch'= {
        }
        &'natsx;obj;help;help'= {
        }
        &'natsx;account'= {
            cand --operator 'The operator whose store to use (default: the current one, as nsc)'
            cand -s 'NATS server URLs, comma separated [default: the context''s, else nats://127.0.0.1:4222]'
            cand --server 'NATS server URLs, comma separated [default: the context''s, else nats://127.0.0.1:4222]'
            cand --context 'The connection context to use (`natsx context`), instead of the selected one'
            cand --user 'Username or token'
            cand --password 'Password'
            cand --token 'Authentication token'
            cand --creds 'User credentials file (JWT and seed)'
            cand --nkey 'NKey seed file'
            cand --timeout 'Time to wait on connect and on responses (e.g. 5s, 500ms)'
            cand --connection-name 'Name of this connection, as the server shows it'
            cand --tlscert 'TLS client certificate file (with --tlskey)'
            cand --tlskey 'TLS client key file'
            cand --tlsca 'CA file that signed the server''s certificate (TLS is then required)'
            cand --tlsfirst 'Start TLS before the server''s INFO (for servers with handshake_first)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
            cand info 'Show the connected account: connection, permissions, JetStream usage and limits'
            cand nkey 'Make and use NKeys: gen, show, sign, verify (as `nats auth nkey`)'
            cand init 'Create an operator with a system account, in an nsc store (as `nsc init`)'
            cand add 'Add an operator, account or user (as `nsc add`)'
            cand edit 'Change an account, or scope a signing key (as `nsc edit`)'
            cand generate 'Generate a user''s creds or a server configuration (as `nsc generate`)'
            cand describe 'Show an operator, account or user JWT: from the store, a file or stdin (`--file -`)'
            cand list 'List the store''s keys (as `nsc list keys --all`)'
            cand callout 'Run an auth callout service (`serve`) that admits the users of a file'
            cand revocations 'Revoke users (as `nsc revocations`)'
            cand push 'Send account JWTs to a server''s NATS-based resolver, or remove them (as `nsc push`)'
            cand pull 'Fetch account JWTs from a server''s NATS-based resolver into the store (as `nsc pull`)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'natsx;account;info'= {
            cand --account 'Whose exports and imports to show (default: the connected account); the server tells them to users of the system account only'
            cand --operator 'The operator whose store to use (default: the current one, as nsc)'
            cand -s 'NATS server URLs, comma separated [default: the context''s, else nats://127.0.0.1:4222]'
            cand --server 'NATS server URLs, comma separated [default: the context''s, else nats://127.0.0.1:4222]'
            cand --context 'The connection context to use (`natsx context`), instead of the selected one'
            cand --user 'Username or token'
            cand --password 'Password'
            cand --token 'Authentication token'
            cand --creds 'User credentials file (JWT and seed)'
            cand --nkey 'NKey seed file'
            cand --timeout 'Time to wait on connect and on responses (e.g. 5s, 500ms)'
            cand --connection-name 'Name of this connection, as the server shows it'
            cand --tlscert 'TLS client certificate file (with --tlskey)'
            cand --tlskey 'TLS client key file'
            cand --tlsca 'CA file that signed the server''s certificate (TLS is then required)'
            cand --json 'Print what the server said as JSON instead of tables'
            cand --tlsfirst 'Start TLS before the server''s INFO (for servers with handshake_first)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'natsx;account;nkey'= {
            cand --operator 'The operator whose store to use (default: the current one, as nsc)'
            cand -s 'NATS server URLs, comma separated [default: the context''s, else nats://127.0.0.1:4222]'
            cand --server 'NATS server URLs, comma separated [default: the context''s, else nats://127.0.0.1:4222]'
            cand --context 'The connection context to use (`natsx context`), instead of the selected one'
            cand --user 'Username or token'
            cand --password 'Password'
            cand --token 'Authentication token'
            cand --creds 'User credentials file (JWT and seed)'
            cand --nkey 'NKey seed file'
            cand --timeout 'Time to wait on connect and on responses (e.g. 5s, 500ms)'
            cand --connection-name 'Name of this connection, as the server shows it'
            cand --tlscert 'TLS client certificate file (with --tlskey)'
            cand --tlskey 'TLS client key file'
            cand --tlsca 'CA file that signed the server''s certificate (TLS is then required)'
            cand --tlsfirst 'Start TLS before the server''s INFO (for servers with handshake_first)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
            cand gen 'Generate a key pair and print its seed'
            cand show 'Print the public key of a seed file'
            cand sign 'Sign a file with a seed; prints the base64url signature'
            cand verify 'Verify a file''s signature (a file holding the base64url signature) with a public key or a seed'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'natsx;account;nkey;gen'= {
            cand --output 'Write to this file instead of standard output'
            cand --operator 'The operator whose store to use (default: the current one, as nsc)'
            cand -s 'NATS server URLs, comma separated [default: the context''s, else nats://127.0.0.1:4222]'
            cand --server 'NATS server URLs, comma separated [default: the context''s, else nats://127.0.0.1:4222]'
            cand --context 'The connection context to use (`natsx context`), instead of the selected one'
            cand --user 'Username or token'
            cand --password 'Password'
            cand --token 'Authentication token'
            cand --creds 'User credentials file (JWT and seed)'
            cand --nkey 'NKey seed file'
            cand --timeout 'Time to wait on connect and on responses (e.g. 5s, 500ms)'
            cand --connection-name 'Name of this connection, as the server shows it'
            cand --tlscert 'TLS client certificate file (with --tlskey)'
            cand --tlskey 'TLS client key file'
            cand --tlsca 'CA file that signed the server''s certificate (TLS is then required)'
            cand --pubout 'Print the public key after the seed'
            cand --tlsfirst 'Start TLS before the server''s INFO (for servers with handshake_first)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'natsx;account;nkey;show'= {
            cand --operator 'The operator whose store to use (default: the current one, as nsc)'
            cand -s 'NATS server URLs, comma separated [default: the context''s, else nats://127.0.0.1:4222]'
            cand --server 'NATS server URLs, comma separated [default: the context''s, else nats://127.0.0.1:4222]'
            cand --context 'The connection context to use (`natsx context`), instead of the selected one'
            cand --user 'Username or token'
            cand --password 'Password'
            cand --token 'Authentication token'
            cand --creds 'User credentials file (JWT and seed)'
            cand --nkey 'NKey seed file'
            cand --timeout 'Time to wait on connect and on responses (e.g. 5s, 500ms)'
            cand --connection-name 'Name of this connection, as the server shows it'
            cand --tlscert 'TLS client certificate file (with --tlskey)'
            cand --tlskey 'TLS client key file'
            cand --tlsca 'CA file that signed the server''s certificate (TLS is then required)'
            cand --tlsfirst 'Start TLS before the server''s INFO (for servers with handshake_first)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'natsx;account;nkey;sign'= {
            cand --operator 'The operator whose store to use (default: the current one, as nsc)'
            cand -s 'NATS server URLs, comma separated [default: the context''s, else nats://127.0.0.1:4222]'
            cand --server 'NATS server URLs, comma separated [default: the context''s, else nats://127.0.0.1:4222]'
            cand --context 'The connection context to use (`natsx context`), instead of the selected one'
            cand --user 'Username or token'
            cand --password 'Password'
            cand --token 'Authentication token'
            cand --creds 'User credentials file (JWT and seed)'
            cand --nkey 'NKey seed file'
            cand --timeout 'Time to wait on connect and on responses (e.g. 5s, 500ms)'
            cand --connection-name 'Name of this connection, as the server shows it'
            cand --tlscert 'TLS client certificate file (with --tlskey)'
            cand --tlskey 'TLS client key file'
            cand --tlsca 'CA file that signed the server''s certificate (TLS is then required)'
            cand --tlsfirst 'Start TLS before the server''s INFO (for servers with handshake_first)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'natsx;account;nkey;verify'= {
            cand --operator 'The operator whose store to use (default: the current one, as nsc)'
            cand -s 'NATS server URLs, comma separated [default: the context''s, else nats://127.0.0.1:4222]'
            cand --server 'NATS server URLs, comma separated [default: the context''s, else nats://127.0.0.1:4222]'
            cand --context 'The connection context to use (`natsx context`), instead of the selected one'
            cand --user 'Username or token'
            cand --password 'Password'
            cand --token 'Authentication token'
            cand --creds 'User credentials file (JWT and seed)'
            cand --nkey 'NKey seed file'
            cand --timeout 'Time to wait on connect and on responses (e.g. 5s, 500ms)'
            cand --connection-name 'Name of this connection, as the server shows it'
            cand --tlscert 'TLS client certificate file (with --tlskey)'
            cand --tlskey 'TLS client key file'
            cand --tlsca 'CA file that signed the server''s certificate (TLS is then required)'
            cand --tlsfirst 'Start TLS before the server''s INFO (for servers with handshake_first)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'natsx;account;nkey;help'= {
            cand gen 'Generate a key pair and print its seed'
            cand show 'Print the public key of a seed file'
            cand sign 'Sign a file with a seed; prints the base64url signature'
            cand verify 'Verify a file''s signature (a file holding the base64url signature) with a public key or a seed'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'natsx;account;nkey;help;gen'= {
        }
        &'natsx;account;nkey;help;show'= {
        }
        &'natsx;account;nkey;help;sign'= {
        }
        &'natsx;account;nkey;help;verify'= {
        }
        &'natsx;account;nkey;help;help'= {
        }
        &'natsx;account;init'= {
            cand -n 'The operator''s name'
            cand --name 'The operator''s name'
            cand --operator 'The operator whose store to use (default: the current one, as nsc)'
            cand -s 'NATS server URLs, comma separated [default: the context''s, else nats://127.0.0.1:4222]'
            cand --server 'NATS server URLs, comma separated [default: the context''s, else nats://127.0.0.1:4222]'
            cand --context 'The connection context to use (`natsx context`), instead of the selected one'
            cand --user 'Username or token'
            cand --password 'Password'
            cand --token 'Authentication token'
            cand --creds 'User credentials file (JWT and seed)'
            cand --nkey 'NKey seed file'
            cand --timeout 'Time to wait on connect and on responses (e.g. 5s, 500ms)'
            cand --connection-name 'Name of this connection, as the server shows it'
            cand --tlscert 'TLS client certificate file (with --tlskey)'
            cand --tlskey 'TLS client key file'
            cand --tlsca 'CA file that signed the server''s certificate (TLS is then required)'
            cand --tlsfirst 'Start TLS before the server''s INFO (for servers with handshake_first)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'natsx;account;add'= {
            cand --operator 'The operator whose store to use (default: the current one, as nsc)'
            cand -s 'NATS server URLs, comma separated [default: the context''s, else nats://127.0.0.1:4222]'
            cand --server 'NATS server URLs, comma separated [default: the context''s, else nats://127.0.0.1:4222]'
            cand --context 'The connection context to use (`natsx context`), instead of the selected one'
            cand --user 'Username or token'
            cand --password 'Password'
            cand --token 'Authentication token'
            cand --creds 'User credentials file (JWT and seed)'
            cand --nkey 'NKey seed file'
            cand --timeout 'Time to wait on connect and on responses (e.g. 5s, 500ms)'
            cand --connection-name 'Name of this connection, as the server shows it'
            cand --tlscert 'TLS client certificate file (with --tlskey)'
            cand --tlskey 'TLS client key file'
            cand --tlsca 'CA file that signed the server''s certificate (TLS is then required)'
            cand --tlsfirst 'Start TLS before the server''s INFO (for servers with handshake_first)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
            cand operator 'Add an operator (its key signs accounts)'
            cand account 'Add an account signed by the current operator'
            cand user 'Add a user signed by an account'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'natsx;account;add;operator'= {
            cand --operator 'The operator whose store to use (default: the current one, as nsc)'
            cand -s 'NATS server URLs, comma separated [default: the context''s, else nats://127.0.0.1:4222]'
            cand --server 'NATS server URLs, comma separated [default: the context''s, else nats://127.0.0.1:4222]'
            cand --context 'The connection context to use (`natsx context`), instead of the selected one'
            cand --user 'Username or token'
            cand --password 'Password'
            cand --token 'Authentication token'
            cand --creds 'User credentials file (JWT and seed)'
            cand --nkey 'NKey seed file'
            cand --timeout 'Time to wait on connect and on responses (e.g. 5s, 500ms)'
            cand --connection-name 'Name of this connection, as the server shows it'
            cand --tlscert 'TLS client certificate file (with --tlskey)'
            cand --tlskey 'TLS client key file'
            cand --tlsca 'CA file that signed the server''s certificate (TLS is then required)'
            cand --sys 'Also add a system account `SYS` with a user `sys`, named in the operator JWT'
            cand --tlsfirst 'Start TLS before the server''s INFO (for servers with handshake_first)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'natsx;account;add;account'= {
            cand --conns 'Connections at once'
            cand --subs 'Subscriptions per connection'
            cand --payload 'Largest message payload (bytes)'
            cand --js-mem-storage 'JetStream memory storage (bytes; -1 unlimited, 0 JetStream off)'
            cand --js-disk-storage 'JetStream disk storage (bytes; -1 unlimited, 0 JetStream off)'
            cand --operator 'The operator whose store to use (default: the current one, as nsc)'
            cand -s 'NATS server URLs, comma separated [default: the context''s, else nats://127.0.0.1:4222]'
            cand --server 'NATS server URLs, comma separated [default: the context''s, else nats://127.0.0.1:4222]'
            cand --context 'The connection context to use (`natsx context`), instead of the selected one'
            cand --user 'Username or token'
            cand --password 'Password'
            cand --token 'Authentication token'
            cand --creds 'User credentials file (JWT and seed)'
            cand --nkey 'NKey seed file'
            cand --timeout 'Time to wait on connect and on responses (e.g. 5s, 500ms)'
            cand --connection-name 'Name of this connection, as the server shows it'
            cand --tlscert 'TLS client certificate file (with --tlskey)'
            cand --tlskey 'TLS client key file'
            cand --tlsca 'CA file that signed the server''s certificate (TLS is then required)'
            cand --disallow-bearer 'Refuse bearer user JWTs'
            cand --tlsfirst 'Start TLS before the server''s INFO (for servers with handshake_first)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'natsx;account;add;user'= {
            cand -a 'The account (default: the current one)'
            cand --account 'The account (default: the current one)'
            cand -K 'Sign with this signing key of the account (its public key, or a scoped key''s role) instead of the account''s own key'
            cand --signing-key 'Sign with this signing key of the account (its public key, or a scoped key''s role) instead of the account''s own key'
            cand --allow-pub 'Subjects the user may publish to (repeat, or comma-separated)'
            cand --deny-pub 'deny-pub'
            cand --allow-sub 'Subjects the user may subscribe to (`subject queue` for a queue group)'
            cand --deny-sub 'deny-sub'
            cand --allow-pub-response 'The user may answer requests it receives (this many responses each)'
            cand --expiry 'Valid for this long (`1h`, `30d`); default: no expiry'
            cand --source-network 'Networks the user may connect from (CIDRs)'
            cand --conn-type 'Connection types allowed (STANDARD, WEBSOCKET, ...)'
            cand --time 'A time of day the user may connect, `HH:MM:SS-HH:MM:SS` (repeatable; nsc''s --time)'
            cand --locale 'The IANA time zone of --time (default: the server''s local zone)'
            cand --operator 'The operator whose store to use (default: the current one, as nsc)'
            cand -s 'NATS server URLs, comma separated [default: the context''s, else nats://127.0.0.1:4222]'
            cand --server 'NATS server URLs, comma separated [default: the context''s, else nats://127.0.0.1:4222]'
            cand --context 'The connection context to use (`natsx context`), instead of the selected one'
            cand --user 'Username or token'
            cand --password 'Password'
            cand --token 'Authentication token'
            cand --creds 'User credentials file (JWT and seed)'
            cand --nkey 'NKey seed file'
            cand --timeout 'Time to wait on connect and on responses (e.g. 5s, 500ms)'
            cand --connection-name 'Name of this connection, as the server shows it'
            cand --tlscert 'TLS client certificate file (with --tlskey)'
            cand --tlskey 'TLS client key file'
            cand --tlsca 'CA file that signed the server''s certificate (TLS is then required)'
            cand --bearer 'A bearer token: no nonce signature needed'
            cand --tlsfirst 'Start TLS before the server''s INFO (for servers with handshake_first)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'natsx;account;add;help'= {
            cand operator 'Add an operator (its key signs accounts)'
            cand account 'Add an account signed by the current operator'
            cand user 'Add a user signed by an account'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'natsx;account;add;help;operator'= {
        }
        &'natsx;account;add;help;account'= {
        }
        &'natsx;account;add;help;user'= {
        }
        &'natsx;account;add;help;help'= {
        }
        &'natsx;account;edit'= {
            cand --operator 'The operator whose store to use (default: the current one, as nsc)'
            cand -s 'NATS server URLs, comma separated [default: the context''s, else nats://127.0.0.1:4222]'
            cand --server 'NATS server URLs, comma separated [default: the context''s, else nats://127.0.0.1:4222]'
            cand --context 'The connection context to use (`natsx context`), instead of the selected one'
            cand --user 'Username or token'
            cand --password 'Password'
            cand --token 'Authentication token'
            cand --creds 'User credentials file (JWT and seed)'
            cand --nkey 'NKey seed file'
            cand --timeout 'Time to wait on connect and on responses (e.g. 5s, 500ms)'
            cand --connection-name 'Name of this connection, as the server shows it'
            cand --tlscert 'TLS client certificate file (with --tlskey)'
            cand --tlskey 'TLS client key file'
            cand --tlsca 'CA file that signed the server''s certificate (TLS is then required)'
            cand --tlsfirst 'Start TLS before the server''s INFO (for servers with handshake_first)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
            cand account 'Change an account''s limits or signing keys'
            cand signing-key 'Make a signing key scoped: its users get this role''s permissions (a template: `{{name()}}`, `{{tag(NAME)}}` ... are filled in per user)'
            cand authcallout 'Make the account an auth callout account (as `nsc edit authcallout`): clients presenting its users'' JWTs, but for `--auth-user`s, are handed to the callout service running as an auth user'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'natsx;account;edit;account'= {
            cand --sk 'Add a signing key: `generate` makes one, or give its public key'
            cand --rm-sk 'Remove a signing key'
            cand --conns 'conns'
            cand --subs 'subs'
            cand --payload 'payload'
            cand --js-mem-storage 'js-mem-storage'
            cand --js-disk-storage 'js-disk-storage'
            cand --operator 'The operator whose store to use (default: the current one, as nsc)'
            cand -s 'NATS server URLs, comma separated [default: the context''s, else nats://127.0.0.1:4222]'
            cand --server 'NATS server URLs, comma separated [default: the context''s, else nats://127.0.0.1:4222]'
            cand --context 'The connection context to use (`natsx context`), instead of the selected one'
            cand --user 'Username or token'
            cand --password 'Password'
            cand --token 'Authentication token'
            cand --creds 'User credentials file (JWT and seed)'
            cand --nkey 'NKey seed file'
            cand --timeout 'Time to wait on connect and on responses (e.g. 5s, 500ms)'
            cand --connection-name 'Name of this connection, as the server shows it'
            cand --tlscert 'TLS client certificate file (with --tlskey)'
            cand --tlskey 'TLS client key file'
            cand --tlsca 'CA file that signed the server''s certificate (TLS is then required)'
            cand --tlsfirst 'Start TLS before the server''s INFO (for servers with handshake_first)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'natsx;account;edit;signing-key'= {
            cand -a 'a'
            cand --account 'account'
            cand --sk 'The signing key (public key)'
            cand --role 'role'
            cand --allow-pub 'Subjects the user may publish to (repeat, or comma-separated)'
            cand --deny-pub 'deny-pub'
            cand --allow-sub 'Subjects the user may subscribe to (`subject queue` for a queue group)'
            cand --deny-sub 'deny-sub'
            cand --allow-pub-response 'The user may answer requests it receives (this many responses each)'
            cand --expiry 'Valid for this long (`1h`, `30d`); default: no expiry'
            cand --source-network 'Networks the user may connect from (CIDRs)'
            cand --conn-type 'Connection types allowed (STANDARD, WEBSOCKET, ...)'
            cand --time 'A time of day the user may connect, `HH:MM:SS-HH:MM:SS` (repeatable; nsc''s --time)'
            cand --locale 'The IANA time zone of --time (default: the server''s local zone)'
            cand --operator 'The operator whose store to use (default: the current one, as nsc)'
            cand -s 'NATS server URLs, comma separated [default: the context''s, else nats://127.0.0.1:4222]'
            cand --server 'NATS server URLs, comma separated [default: the context''s, else nats://127.0.0.1:4222]'
            cand --context 'The connection context to use (`natsx context`), instead of the selected one'
            cand --user 'Username or token'
            cand --password 'Password'
            cand --token 'Authentication token'
            cand --creds 'User credentials file (JWT and seed)'
            cand --nkey 'NKey seed file'
            cand --timeout 'Time to wait on connect and on responses (e.g. 5s, 500ms)'
            cand --connection-name 'Name of this connection, as the server shows it'
            cand --tlscert 'TLS client certificate file (with --tlskey)'
            cand --tlskey 'TLS client key file'
            cand --tlsca 'CA file that signed the server''s certificate (TLS is then required)'
            cand --bearer 'A bearer token: no nonce signature needed'
            cand --tlsfirst 'Start TLS before the server''s INFO (for servers with handshake_first)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'natsx;account;edit;authcallout'= {
            cand -a 'a'
            cand --account 'account'
            cand --auth-user 'A user (public key, or name in this account) the service connects as'
            cand --rm-auth-user 'rm-auth-user'
            cand --allowed-account 'An account (public key or name; `*` for any) the service may place users in'
            cand --rm-allowed-account 'rm-allowed-account'
            cand --curve 'The service''s curve key (X...): the server encrypts requests to it'
            cand --operator 'The operator whose store to use (default: the current one, as nsc)'
            cand -s 'NATS server URLs, comma separated [default: the context''s, else nats://127.0.0.1:4222]'
            cand --server 'NATS server URLs, comma separated [default: the context''s, else nats://127.0.0.1:4222]'
            cand --context 'The connection context to use (`natsx context`), instead of the selected one'
            cand --user 'Username or token'
            cand --password 'Password'
            cand --token 'Authentication token'
            cand --creds 'User credentials file (JWT and seed)'
            cand --nkey 'NKey seed file'
            cand --timeout 'Time to wait on connect and on responses (e.g. 5s, 500ms)'
            cand --connection-name 'Name of this connection, as the server shows it'
            cand --tlscert 'TLS client certificate file (with --tlskey)'
            cand --tlskey 'TLS client key file'
            cand --tlsca 'CA file that signed the server''s certificate (TLS is then required)'
            cand --disable 'Remove the callout altogether'
            cand --tlsfirst 'Start TLS before the server''s INFO (for servers with handshake_first)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'natsx;account;edit;help'= {
            cand account 'Change an account''s limits or signing keys'
            cand signing-key 'Make a signing key scoped: its users get this role''s permissions (a template: `{{name()}}`, `{{tag(NAME)}}` ... are filled in per user)'
            cand authcallout 'Make the account an auth callout account (as `nsc edit authcallout`): clients presenting its users'' JWTs, but for `--auth-user`s, are handed to the callout service running as an auth user'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'natsx;account;edit;help;account'= {
        }
        &'natsx;account;edit;help;signing-key'= {
        }
        &'natsx;account;edit;help;authcallout'= {
        }
        &'natsx;account;edit;help;help'= {
        }
        &'natsx;account;generate'= {
            cand --operator 'The operator whose store to use (default: the current one, as nsc)'
            cand -s 'NATS server URLs, comma separated [default: the context''s, else nats://127.0.0.1:4222]'
            cand --server 'NATS server URLs, comma separated [default: the context''s, else nats://127.0.0.1:4222]'
            cand --context 'The connection context to use (`natsx context`), instead of the selected one'
            cand --user 'Username or token'
            cand --password 'Password'
            cand --token 'Authentication token'
            cand --creds 'User credentials file (JWT and seed)'
            cand --nkey 'NKey seed file'
            cand --timeout 'Time to wait on connect and on responses (e.g. 5s, 500ms)'
            cand --connection-name 'Name of this connection, as the server shows it'
            cand --tlscert 'TLS client certificate file (with --tlskey)'
            cand --tlskey 'TLS client key file'
            cand --tlsca 'CA file that signed the server''s certificate (TLS is then required)'
            cand --tlsfirst 'Start TLS before the server''s INFO (for servers with handshake_first)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
            cand creds 'Print (or write) a user''s .creds file'
            cand config 'Print a server configuration that trusts the current operator'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'natsx;account;generate;creds'= {
            cand -a 'a'
            cand --account 'account'
            cand -n 'n'
            cand --name 'name'
            cand -o 'o'
            cand --output-file 'output-file'
            cand --operator 'The operator whose store to use (default: the current one, as nsc)'
            cand -s 'NATS server URLs, comma separated [default: the context''s, else nats://127.0.0.1:4222]'
            cand --server 'NATS server URLs, comma separated [default: the context''s, else nats://127.0.0.1:4222]'
            cand --context 'The connection context to use (`natsx context`), instead of the selected one'
            cand --user 'Username or token'
            cand --password 'Password'
            cand --token 'Authentication token'
            cand --creds 'User credentials file (JWT and seed)'
            cand --nkey 'NKey seed file'
            cand --timeout 'Time to wait on connect and on responses (e.g. 5s, 500ms)'
            cand --connection-name 'Name of this connection, as the server shows it'
            cand --tlscert 'TLS client certificate file (with --tlskey)'
            cand --tlskey 'TLS client key file'
            cand --tlsca 'CA file that signed the server''s certificate (TLS is then required)'
            cand --tlsfirst 'Start TLS before the server''s INFO (for servers with handshake_first)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'natsx;account;generate;config'= {
            cand --dir 'The resolver''s directory (with --nats-resolver)'
            cand --sys-account 'The system account (default: the operator''s)'
            cand --config-file 'config-file'
            cand --operator 'The operator whose store to use (default: the current one, as nsc)'
            cand -s 'NATS server URLs, comma separated [default: the context''s, else nats://127.0.0.1:4222]'
            cand --server 'NATS server URLs, comma separated [default: the context''s, else nats://127.0.0.1:4222]'
            cand --context 'The connection context to use (`natsx context`), instead of the selected one'
            cand --user 'Username or token'
            cand --password 'Password'
            cand --token 'Authentication token'
            cand --creds 'User credentials file (JWT and seed)'
            cand --nkey 'NKey seed file'
            cand --timeout 'Time to wait on connect and on responses (e.g. 5s, 500ms)'
            cand --connection-name 'Name of this connection, as the server shows it'
            cand --tlscert 'TLS client certificate file (with --tlskey)'
            cand --tlskey 'TLS client key file'
            cand --tlsca 'CA file that signed the server''s certificate (TLS is then required)'
            cand --mem-resolver 'With every account JWT preloaded (resolver: MEMORY)'
            cand --nats-resolver 'With the NATS-based resolver (`resolver { type: full }`), the system account preloaded; the others are pushed with `natsx account push`'
            cand --tlsfirst 'Start TLS before the server''s INFO (for servers with handshake_first)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'natsx;account;generate;help'= {
            cand creds 'Print (or write) a user''s .creds file'
            cand config 'Print a server configuration that trusts the current operator'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'natsx;account;generate;help;creds'= {
        }
        &'natsx;account;generate;help;config'= {
        }
        &'natsx;account;generate;help;help'= {
        }
        &'natsx;account;describe'= {
            cand -a 'The user''s account'
            cand --account 'The user''s account'
            cand -f 'A JWT (or creds) file instead of the store; `-` reads standard input'
            cand --file 'A JWT (or creds) file instead of the store; `-` reads standard input'
            cand --operator 'The operator whose store to use (default: the current one, as nsc)'
            cand -s 'NATS server URLs, comma separated [default: the context''s, else nats://127.0.0.1:4222]'
            cand --server 'NATS server URLs, comma separated [default: the context''s, else nats://127.0.0.1:4222]'
            cand --context 'The connection context to use (`natsx context`), instead of the selected one'
            cand --user 'Username or token'
            cand --password 'Password'
            cand --token 'Authentication token'
            cand --creds 'User credentials file (JWT and seed)'
            cand --nkey 'NKey seed file'
            cand --timeout 'Time to wait on connect and on responses (e.g. 5s, 500ms)'
            cand --connection-name 'Name of this connection, as the server shows it'
            cand --tlscert 'TLS client certificate file (with --tlskey)'
            cand --tlskey 'TLS client key file'
            cand --tlsca 'CA file that signed the server''s certificate (TLS is then required)'
            cand --json 'json'
            cand --tlsfirst 'Start TLS before the server''s INFO (for servers with handshake_first)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'natsx;account;list'= {
            cand --operator 'The operator whose store to use (default: the current one, as nsc)'
            cand -s 'NATS server URLs, comma separated [default: the context''s, else nats://127.0.0.1:4222]'
            cand --server 'NATS server URLs, comma separated [default: the context''s, else nats://127.0.0.1:4222]'
            cand --context 'The connection context to use (`natsx context`), instead of the selected one'
            cand --user 'Username or token'
            cand --password 'Password'
            cand --token 'Authentication token'
            cand --creds 'User credentials file (JWT and seed)'
            cand --nkey 'NKey seed file'
            cand --timeout 'Time to wait on connect and on responses (e.g. 5s, 500ms)'
            cand --connection-name 'Name of this connection, as the server shows it'
            cand --tlscert 'TLS client certificate file (with --tlskey)'
            cand --tlskey 'TLS client key file'
            cand --tlsca 'CA file that signed the server''s certificate (TLS is then required)'
            cand --tlsfirst 'Start TLS before the server''s INFO (for servers with handshake_first)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
            cand keys 'The operator''s, accounts'' and users'' keys, and whether their seeds are stored'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'natsx;account;list;keys'= {
            cand --operator 'The operator whose store to use (default: the current one, as nsc)'
            cand -s 'NATS server URLs, comma separated [default: the context''s, else nats://127.0.0.1:4222]'
            cand --server 'NATS server URLs, comma separated [default: the context''s, else nats://127.0.0.1:4222]'
            cand --context 'The connection context to use (`natsx context`), instead of the selected one'
            cand --user 'Username or token'
            cand --password 'Password'
            cand --token 'Authentication token'
            cand --creds 'User credentials file (JWT and seed)'
            cand --nkey 'NKey seed file'
            cand --timeout 'Time to wait on connect and on responses (e.g. 5s, 500ms)'
            cand --connection-name 'Name of this connection, as the server shows it'
            cand --tlscert 'TLS client certificate file (with --tlskey)'
            cand --tlskey 'TLS client key file'
            cand --tlsca 'CA file that signed the server''s certificate (TLS is then required)'
            cand --tlsfirst 'Start TLS before the server''s INFO (for servers with handshake_first)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'natsx;account;list;help'= {
            cand keys 'The operator''s, accounts'' and users'' keys, and whether their seeds are stored'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'natsx;account;list;help;keys'= {
        }
        &'natsx;account;list;help;help'= {
        }
        &'natsx;account;callout'= {
            cand --operator 'The operator whose store to use (default: the current one, as nsc)'
            cand -s 'NATS server URLs, comma separated [default: the context''s, else nats://127.0.0.1:4222]'
            cand --server 'NATS server URLs, comma separated [default: the context''s, else nats://127.0.0.1:4222]'
            cand --context 'The connection context to use (`natsx context`), instead of the selected one'
            cand --user 'Username or token'
            cand --password 'Password'
            cand --token 'Authentication token'
            cand --creds 'User credentials file (JWT and seed)'
            cand --nkey 'NKey seed file'
            cand --timeout 'Time to wait on connect and on responses (e.g. 5s, 500ms)'
            cand --connection-name 'Name of this connection, as the server shows it'
            cand --tlscert 'TLS client certificate file (with --tlskey)'
            cand --tlskey 'TLS client key file'
            cand --tlsca 'CA file that signed the server''s certificate (TLS is then required)'
            cand --tlsfirst 'Start TLS before the server''s INFO (for servers with handshake_first)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
            cand serve 'Answer auth callout requests from a users file'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'natsx;account;callout;serve'= {
            cand --issuer-seed 'The issuer account''s seed (SA...): it signs the answers; its public key is the server''s `auth_callout { issuer }`'
            cand --users 'The users file (JSON: name → password, account, publish, subscribe)'
            cand --xkey-seed 'The service''s curve seed (SX...), when the server''s `auth_callout { xkey }` names its public key'
            cand --account-seed 'Seeds of other accounts (SA...) whose users the service issues, for operator mode''s `allowed_accounts` (repeatable)'
            cand --count 'Stop after answering this many requests (default: run until interrupted)'
            cand --operator 'The operator whose store to use (default: the current one, as nsc)'
            cand -s 'NATS server URLs, comma separated [default: the context''s, else nats://127.0.0.1:4222]'
            cand --server 'NATS server URLs, comma separated [default: the context''s, else nats://127.0.0.1:4222]'
            cand --context 'The connection context to use (`natsx context`), instead of the selected one'
            cand --user 'Username or token'
            cand --password 'Password'
            cand --token 'Authentication token'
            cand --creds 'User credentials file (JWT and seed)'
            cand --nkey 'NKey seed file'
            cand --timeout 'Time to wait on connect and on responses (e.g. 5s, 500ms)'
            cand --connection-name 'Name of this connection, as the server shows it'
            cand --tlscert 'TLS client certificate file (with --tlskey)'
            cand --tlskey 'TLS client key file'
            cand --tlsca 'CA file that signed the server''s certificate (TLS is then required)'
            cand --tlsfirst 'Start TLS before the server''s INFO (for servers with handshake_first)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'natsx;account;callout;help'= {
            cand serve 'Answer auth callout requests from a users file'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'natsx;account;callout;help;serve'= {
        }
        &'natsx;account;callout;help;help'= {
        }
        &'natsx;account;revocations'= {
            cand --operator 'The operator whose store to use (default: the current one, as nsc)'
            cand -s 'NATS server URLs, comma separated [default: the context''s, else nats://127.0.0.1:4222]'
            cand --server 'NATS server URLs, comma separated [default: the context''s, else nats://127.0.0.1:4222]'
            cand --context 'The connection context to use (`natsx context`), instead of the selected one'
            cand --user 'Username or token'
            cand --password 'Password'
            cand --token 'Authentication token'
            cand --creds 'User credentials file (JWT and seed)'
            cand --nkey 'NKey seed file'
            cand --timeout 'Time to wait on connect and on responses (e.g. 5s, 500ms)'
            cand --connection-name 'Name of this connection, as the server shows it'
            cand --tlscert 'TLS client certificate file (with --tlskey)'
            cand --tlskey 'TLS client key file'
            cand --tlsca 'CA file that signed the server''s certificate (TLS is then required)'
            cand --tlsfirst 'Start TLS before the server''s INFO (for servers with handshake_first)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
            cand add-user 'Revoke a user''s JWTs issued until now'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'natsx;account;revocations;add-user'= {
            cand -a 'a'
            cand --account 'account'
            cand -n 'n'
            cand --name 'name'
            cand --operator 'The operator whose store to use (default: the current one, as nsc)'
            cand -s 'NATS server URLs, comma separated [default: the context''s, else nats://127.0.0.1:4222]'
            cand --server 'NATS server URLs, comma separated [default: the context''s, else nats://127.0.0.1:4222]'
            cand --context 'The connection context to use (`natsx context`), instead of the selected one'
            cand --user 'Username or token'
            cand --password 'Password'
            cand --token 'Authentication token'
            cand --creds 'User credentials file (JWT and seed)'
            cand --nkey 'NKey seed file'
            cand --timeout 'Time to wait on connect and on responses (e.g. 5s, 500ms)'
            cand --connection-name 'Name of this connection, as the server shows it'
            cand --tlscert 'TLS client certificate file (with --tlskey)'
            cand --tlskey 'TLS client key file'
            cand --tlsca 'CA file that signed the server''s certificate (TLS is then required)'
            cand --tlsfirst 'Start TLS before the server''s INFO (for servers with handshake_first)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'natsx;account;revocations;help'= {
            cand add-user 'Revoke a user''s JWTs issued until now'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'natsx;account;revocations;help;add-user'= {
        }
        &'natsx;account;revocations;help;help'= {
        }
        &'natsx;account;push'= {
            cand -a 'The account to push (default: the current one)'
            cand --account 'The account to push (default: the current one)'
            cand -R 'Remove this account (name or public key) from the server''s resolver'
            cand --account-removal 'Remove this account (name or public key) from the server''s resolver'
            cand --operator 'The operator whose store to use (default: the current one, as nsc)'
            cand -s 'NATS server URLs, comma separated [default: the context''s, else nats://127.0.0.1:4222]'
            cand --server 'NATS server URLs, comma separated [default: the context''s, else nats://127.0.0.1:4222]'
            cand --context 'The connection context to use (`natsx context`), instead of the selected one'
            cand --user 'Username or token'
            cand --password 'Password'
            cand --token 'Authentication token'
            cand --creds 'User credentials file (JWT and seed)'
            cand --nkey 'NKey seed file'
            cand --timeout 'Time to wait on connect and on responses (e.g. 5s, 500ms)'
            cand --connection-name 'Name of this connection, as the server shows it'
            cand --tlscert 'TLS client certificate file (with --tlskey)'
            cand --tlskey 'TLS client key file'
            cand --tlsca 'CA file that signed the server''s certificate (TLS is then required)'
            cand -A 'Push every account of the operator'
            cand --all 'Push every account of the operator'
            cand -P 'Remove the accounts the store does not have from the server''s resolver'
            cand --prune 'Remove the accounts the store does not have from the server''s resolver'
            cand --tlsfirst 'Start TLS before the server''s INFO (for servers with handshake_first)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'natsx;account;pull'= {
            cand -a 'The account to pull (default: the current one)'
            cand --account 'The account to pull (default: the current one)'
            cand --operator 'The operator whose store to use (default: the current one, as nsc)'
            cand -s 'NATS server URLs, comma separated [default: the context''s, else nats://127.0.0.1:4222]'
            cand --server 'NATS server URLs, comma separated [default: the context''s, else nats://127.0.0.1:4222]'
            cand --context 'The connection context to use (`natsx context`), instead of the selected one'
            cand --user 'Username or token'
            cand --password 'Password'
            cand --token 'Authentication token'
            cand --creds 'User credentials file (JWT and seed)'
            cand --nkey 'NKey seed file'
            cand --timeout 'Time to wait on connect and on responses (e.g. 5s, 500ms)'
            cand --connection-name 'Name of this connection, as the server shows it'
            cand --tlscert 'TLS client certificate file (with --tlskey)'
            cand --tlskey 'TLS client key file'
            cand --tlsca 'CA file that signed the server''s certificate (TLS is then required)'
            cand -A 'Pull every account the server has (those of this operator)'
            cand --all 'Pull every account the server has (those of this operator)'
            cand --overwrite-newer 'Replace the store''s JWT even when it is newer'
            cand --tlsfirst 'Start TLS before the server''s INFO (for servers with handshake_first)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'natsx;account;help'= {
            cand info 'Show the connected account: connection, permissions, JetStream usage and limits'
            cand nkey 'Make and use NKeys: gen, show, sign, verify (as `nats auth nkey`)'
            cand init 'Create an operator with a system account, in an nsc store (as `nsc init`)'
            cand add 'Add an operator, account or user (as `nsc add`)'
            cand edit 'Change an account, or scope a signing key (as `nsc edit`)'
            cand generate 'Generate a user''s creds or a server configuration (as `nsc generate`)'
            cand describe 'Show an operator, account or user JWT: from the store, a file or stdin (`--file -`)'
            cand list 'List the store''s keys (as `nsc list keys --all`)'
            cand callout 'Run an auth callout service (`serve`) that admits the users of a file'
            cand revocations 'Revoke users (as `nsc revocations`)'
            cand push 'Send account JWTs to a server''s NATS-based resolver, or remove them (as `nsc push`)'
            cand pull 'Fetch account JWTs from a server''s NATS-based resolver into the store (as `nsc pull`)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'natsx;account;help;info'= {
        }
        &'natsx;account;help;nkey'= {
            cand gen 'Generate a key pair and print its seed'
            cand show 'Print the public key of a seed file'
            cand sign 'Sign a file with a seed; prints the base64url signature'
            cand verify 'Verify a file''s signature (a file holding the base64url signature) with a public key or a seed'
        }
        &'natsx;account;help;nkey;gen'= {
        }
        &'natsx;account;help;nkey;show'= {
        }
        &'natsx;account;help;nkey;sign'= {
        }
        &'natsx;account;help;nkey;verify'= {
        }
        &'natsx;account;help;init'= {
        }
        &'natsx;account;help;add'= {
            cand operator 'Add an operator (its key signs accounts)'
            cand account 'Add an account signed by the current operator'
            cand user 'Add a user signed by an account'
        }
        &'natsx;account;help;add;operator'= {
        }
        &'natsx;account;help;add;account'= {
        }
        &'natsx;account;help;add;user'= {
        }
        &'natsx;account;help;edit'= {
            cand account 'Change an account''s limits or signing keys'
            cand signing-key 'Make a signing key scoped: its users get this role''s permissions (a template: `{{name()}}`, `{{tag(NAME)}}` ... are filled in per user)'
            cand authcallout 'Make the account an auth callout account (as `nsc edit authcallout`): clients presenting its users'' JWTs, but for `--auth-user`s, are handed to the callout service running as an auth user'
        }
        &'natsx;account;help;edit;account'= {
        }
        &'natsx;account;help;edit;signing-key'= {
        }
        &'natsx;account;help;edit;authcallout'= {
        }
        &'natsx;account;help;generate'= {
            cand creds 'Print (or write) a user''s .creds file'
            cand config 'Print a server configuration that trusts the current operator'
        }
        &'natsx;account;help;generate;creds'= {
        }
        &'natsx;account;help;generate;config'= {
        }
        &'natsx;account;help;describe'= {
        }
        &'natsx;account;help;list'= {
            cand keys 'The operator''s, accounts'' and users'' keys, and whether their seeds are stored'
        }
        &'natsx;account;help;list;keys'= {
        }
        &'natsx;account;help;callout'= {
            cand serve 'Answer auth callout requests from a users file'
        }
        &'natsx;account;help;callout;serve'= {
        }
        &'natsx;account;help;revocations'= {
            cand add-user 'Revoke a user''s JWTs issued until now'
        }
        &'natsx;account;help;revocations;add-user'= {
        }
        &'natsx;account;help;push'= {
        }
        &'natsx;account;help;pull'= {
        }
        &'natsx;account;help;help'= {
        }
        &'natsx;rtt'= {
            cand --iterations 'How many round trips to average'
            cand -s 'NATS server URLs, comma separated [default: the context''s, else nats://127.0.0.1:4222]'
            cand --server 'NATS server URLs, comma separated [default: the context''s, else nats://127.0.0.1:4222]'
            cand --context 'The connection context to use (`natsx context`), instead of the selected one'
            cand --user 'Username or token'
            cand --password 'Password'
            cand --token 'Authentication token'
            cand --creds 'User credentials file (JWT and seed)'
            cand --nkey 'NKey seed file'
            cand --timeout 'Time to wait on connect and on responses (e.g. 5s, 500ms)'
            cand --connection-name 'Name of this connection, as the server shows it'
            cand --tlscert 'TLS client certificate file (with --tlskey)'
            cand --tlskey 'TLS client key file'
            cand --tlsca 'CA file that signed the server''s certificate (TLS is then required)'
            cand --tlsfirst 'Start TLS before the server''s INFO (for servers with handshake_first)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'natsx;events'= {
            cand --count 'Stop after this many events'
            cand -s 'NATS server URLs, comma separated [default: the context''s, else nats://127.0.0.1:4222]'
            cand --server 'NATS server URLs, comma separated [default: the context''s, else nats://127.0.0.1:4222]'
            cand --context 'The connection context to use (`natsx context`), instead of the selected one'
            cand --user 'Username or token'
            cand --password 'Password'
            cand --token 'Authentication token'
            cand --creds 'User credentials file (JWT and seed)'
            cand --nkey 'NKey seed file'
            cand --timeout 'Time to wait on connect and on responses (e.g. 5s, 500ms)'
            cand --connection-name 'Name of this connection, as the server shows it'
            cand --tlscert 'TLS client certificate file (with --tlskey)'
            cand --tlskey 'TLS client key file'
            cand --tlsca 'CA file that signed the server''s certificate (TLS is then required)'
            cand --json 'One JSON document per line'
            cand --tlsfirst 'Start TLS before the server''s INFO (for servers with handshake_first)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'natsx;repl'= {
            cand -s 'NATS server URLs, comma separated [default: the context''s, else nats://127.0.0.1:4222]'
            cand --server 'NATS server URLs, comma separated [default: the context''s, else nats://127.0.0.1:4222]'
            cand --context 'The connection context to use (`natsx context`), instead of the selected one'
            cand --user 'Username or token'
            cand --password 'Password'
            cand --token 'Authentication token'
            cand --creds 'User credentials file (JWT and seed)'
            cand --nkey 'NKey seed file'
            cand --timeout 'Time to wait on connect and on responses (e.g. 5s, 500ms)'
            cand --connection-name 'Name of this connection, as the server shows it'
            cand --tlscert 'TLS client certificate file (with --tlskey)'
            cand --tlskey 'TLS client key file'
            cand --tlsca 'CA file that signed the server''s certificate (TLS is then required)'
            cand --tlsfirst 'Start TLS before the server''s INFO (for servers with handshake_first)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'natsx;micro'= {
            cand -s 'NATS server URLs, comma separated [default: the context''s, else nats://127.0.0.1:4222]'
            cand --server 'NATS server URLs, comma separated [default: the context''s, else nats://127.0.0.1:4222]'
            cand --context 'The connection context to use (`natsx context`), instead of the selected one'
            cand --user 'Username or token'
            cand --password 'Password'
            cand --token 'Authentication token'
            cand --creds 'User credentials file (JWT and seed)'
            cand --nkey 'NKey seed file'
            cand --timeout 'Time to wait on connect and on responses (e.g. 5s, 500ms)'
            cand --connection-name 'Name of this connection, as the server shows it'
            cand --tlscert 'TLS client certificate file (with --tlskey)'
            cand --tlskey 'TLS client key file'
            cand --tlsca 'CA file that signed the server''s certificate (TLS is then required)'
            cand --tlsfirst 'Start TLS before the server''s INFO (for servers with handshake_first)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
            cand ls 'List the running service instances (name, version, id, description)'
            cand info 'A service''s description, endpoints and metadata (each instance, or one by id)'
            cand stats 'A service''s request counts, errors and processing times per endpoint'
            cand ping 'Ping the instances (all, or of one service) and show how long each took'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'natsx;micro;ls'= {
            cand -s 'NATS server URLs, comma separated [default: the context''s, else nats://127.0.0.1:4222]'
            cand --server 'NATS server URLs, comma separated [default: the context''s, else nats://127.0.0.1:4222]'
            cand --context 'The connection context to use (`natsx context`), instead of the selected one'
            cand --user 'Username or token'
            cand --password 'Password'
            cand --token 'Authentication token'
            cand --creds 'User credentials file (JWT and seed)'
            cand --nkey 'NKey seed file'
            cand --timeout 'Time to wait on connect and on responses (e.g. 5s, 500ms)'
            cand --connection-name 'Name of this connection, as the server shows it'
            cand --tlscert 'TLS client certificate file (with --tlskey)'
            cand --tlskey 'TLS client key file'
            cand --tlsca 'CA file that signed the server''s certificate (TLS is then required)'
            cand --json 'json'
            cand --tlsfirst 'Start TLS before the server''s INFO (for servers with handshake_first)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'natsx;micro;info'= {
            cand -s 'NATS server URLs, comma separated [default: the context''s, else nats://127.0.0.1:4222]'
            cand --server 'NATS server URLs, comma separated [default: the context''s, else nats://127.0.0.1:4222]'
            cand --context 'The connection context to use (`natsx context`), instead of the selected one'
            cand --user 'Username or token'
            cand --password 'Password'
            cand --token 'Authentication token'
            cand --creds 'User credentials file (JWT and seed)'
            cand --nkey 'NKey seed file'
            cand --timeout 'Time to wait on connect and on responses (e.g. 5s, 500ms)'
            cand --connection-name 'Name of this connection, as the server shows it'
            cand --tlscert 'TLS client certificate file (with --tlskey)'
            cand --tlskey 'TLS client key file'
            cand --tlsca 'CA file that signed the server''s certificate (TLS is then required)'
            cand --json 'json'
            cand --tlsfirst 'Start TLS before the server''s INFO (for servers with handshake_first)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'natsx;micro;stats'= {
            cand -s 'NATS server URLs, comma separated [default: the context''s, else nats://127.0.0.1:4222]'
            cand --server 'NATS server URLs, comma separated [default: the context''s, else nats://127.0.0.1:4222]'
            cand --context 'The connection context to use (`natsx context`), instead of the selected one'
            cand --user 'Username or token'
            cand --password 'Password'
            cand --token 'Authentication token'
            cand --creds 'User credentials file (JWT and seed)'
            cand --nkey 'NKey seed file'
            cand --timeout 'Time to wait on connect and on responses (e.g. 5s, 500ms)'
            cand --connection-name 'Name of this connection, as the server shows it'
            cand --tlscert 'TLS client certificate file (with --tlskey)'
            cand --tlskey 'TLS client key file'
            cand --tlsca 'CA file that signed the server''s certificate (TLS is then required)'
            cand --json 'json'
            cand --tlsfirst 'Start TLS before the server''s INFO (for servers with handshake_first)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'natsx;micro;ping'= {
            cand -s 'NATS server URLs, comma separated [default: the context''s, else nats://127.0.0.1:4222]'
            cand --server 'NATS server URLs, comma separated [default: the context''s, else nats://127.0.0.1:4222]'
            cand --context 'The connection context to use (`natsx context`), instead of the selected one'
            cand --user 'Username or token'
            cand --password 'Password'
            cand --token 'Authentication token'
            cand --creds 'User credentials file (JWT and seed)'
            cand --nkey 'NKey seed file'
            cand --timeout 'Time to wait on connect and on responses (e.g. 5s, 500ms)'
            cand --connection-name 'Name of this connection, as the server shows it'
            cand --tlscert 'TLS client certificate file (with --tlskey)'
            cand --tlskey 'TLS client key file'
            cand --tlsca 'CA file that signed the server''s certificate (TLS is then required)'
            cand --tlsfirst 'Start TLS before the server''s INFO (for servers with handshake_first)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'natsx;micro;help'= {
            cand ls 'List the running service instances (name, version, id, description)'
            cand info 'A service''s description, endpoints and metadata (each instance, or one by id)'
            cand stats 'A service''s request counts, errors and processing times per endpoint'
            cand ping 'Ping the instances (all, or of one service) and show how long each took'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'natsx;micro;help;ls'= {
        }
        &'natsx;micro;help;info'= {
        }
        &'natsx;micro;help;stats'= {
        }
        &'natsx;micro;help;ping'= {
        }
        &'natsx;micro;help;help'= {
        }
        &'natsx;context'= {
            cand -s 'NATS server URLs, comma separated [default: the context''s, else nats://127.0.0.1:4222]'
            cand --server 'NATS server URLs, comma separated [default: the context''s, else nats://127.0.0.1:4222]'
            cand --context 'The connection context to use (`natsx context`), instead of the selected one'
            cand --user 'Username or token'
            cand --password 'Password'
            cand --token 'Authentication token'
            cand --creds 'User credentials file (JWT and seed)'
            cand --nkey 'NKey seed file'
            cand --timeout 'Time to wait on connect and on responses (e.g. 5s, 500ms)'
            cand --connection-name 'Name of this connection, as the server shows it'
            cand --tlscert 'TLS client certificate file (with --tlskey)'
            cand --tlskey 'TLS client key file'
            cand --tlsca 'CA file that signed the server''s certificate (TLS is then required)'
            cand --tlsfirst 'Start TLS before the server''s INFO (for servers with handshake_first)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
            cand add 'Save a context from the connection flags given (`-s`, `--user`, `--creds`, ...)'
            cand edit 'Change a context: the connection flags given replace its values'
            cand ls 'List the contexts (the selected one marked `*`)'
            cand select 'Make a context the one every command uses by default'
            cand info 'Show a context (default: the selected one); passwords and tokens are hidden'
            cand rm 'Remove a context (not the selected one)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'natsx;context;add'= {
            cand --description 'description'
            cand -s 'NATS server URLs, comma separated [default: the context''s, else nats://127.0.0.1:4222]'
            cand --server 'NATS server URLs, comma separated [default: the context''s, else nats://127.0.0.1:4222]'
            cand --context 'The connection context to use (`natsx context`), instead of the selected one'
            cand --user 'Username or token'
            cand --password 'Password'
            cand --token 'Authentication token'
            cand --creds 'User credentials file (JWT and seed)'
            cand --nkey 'NKey seed file'
            cand --timeout 'Time to wait on connect and on responses (e.g. 5s, 500ms)'
            cand --connection-name 'Name of this connection, as the server shows it'
            cand --tlscert 'TLS client certificate file (with --tlskey)'
            cand --tlskey 'TLS client key file'
            cand --tlsca 'CA file that signed the server''s certificate (TLS is then required)'
            cand --select 'Also make it the selected context'
            cand --tlsfirst 'Start TLS before the server''s INFO (for servers with handshake_first)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'natsx;context;edit'= {
            cand --description 'description'
            cand -s 'NATS server URLs, comma separated [default: the context''s, else nats://127.0.0.1:4222]'
            cand --server 'NATS server URLs, comma separated [default: the context''s, else nats://127.0.0.1:4222]'
            cand --context 'The connection context to use (`natsx context`), instead of the selected one'
            cand --user 'Username or token'
            cand --password 'Password'
            cand --token 'Authentication token'
            cand --creds 'User credentials file (JWT and seed)'
            cand --nkey 'NKey seed file'
            cand --timeout 'Time to wait on connect and on responses (e.g. 5s, 500ms)'
            cand --connection-name 'Name of this connection, as the server shows it'
            cand --tlscert 'TLS client certificate file (with --tlskey)'
            cand --tlskey 'TLS client key file'
            cand --tlsca 'CA file that signed the server''s certificate (TLS is then required)'
            cand --tlsfirst 'Start TLS before the server''s INFO (for servers with handshake_first)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'natsx;context;ls'= {
            cand -s 'NATS server URLs, comma separated [default: the context''s, else nats://127.0.0.1:4222]'
            cand --server 'NATS server URLs, comma separated [default: the context''s, else nats://127.0.0.1:4222]'
            cand --context 'The connection context to use (`natsx context`), instead of the selected one'
            cand --user 'Username or token'
            cand --password 'Password'
            cand --token 'Authentication token'
            cand --creds 'User credentials file (JWT and seed)'
            cand --nkey 'NKey seed file'
            cand --timeout 'Time to wait on connect and on responses (e.g. 5s, 500ms)'
            cand --connection-name 'Name of this connection, as the server shows it'
            cand --tlscert 'TLS client certificate file (with --tlskey)'
            cand --tlskey 'TLS client key file'
            cand --tlsca 'CA file that signed the server''s certificate (TLS is then required)'
            cand --tlsfirst 'Start TLS before the server''s INFO (for servers with handshake_first)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'natsx;context;select'= {
            cand -s 'NATS server URLs, comma separated [default: the context''s, else nats://127.0.0.1:4222]'
            cand --server 'NATS server URLs, comma separated [default: the context''s, else nats://127.0.0.1:4222]'
            cand --context 'The connection context to use (`natsx context`), instead of the selected one'
            cand --user 'Username or token'
            cand --password 'Password'
            cand --token 'Authentication token'
            cand --creds 'User credentials file (JWT and seed)'
            cand --nkey 'NKey seed file'
            cand --timeout 'Time to wait on connect and on responses (e.g. 5s, 500ms)'
            cand --connection-name 'Name of this connection, as the server shows it'
            cand --tlscert 'TLS client certificate file (with --tlskey)'
            cand --tlskey 'TLS client key file'
            cand --tlsca 'CA file that signed the server''s certificate (TLS is then required)'
            cand --tlsfirst 'Start TLS before the server''s INFO (for servers with handshake_first)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'natsx;context;info'= {
            cand -s 'NATS server URLs, comma separated [default: the context''s, else nats://127.0.0.1:4222]'
            cand --server 'NATS server URLs, comma separated [default: the context''s, else nats://127.0.0.1:4222]'
            cand --context 'The connection context to use (`natsx context`), instead of the selected one'
            cand --user 'Username or token'
            cand --password 'Password'
            cand --token 'Authentication token'
            cand --creds 'User credentials file (JWT and seed)'
            cand --nkey 'NKey seed file'
            cand --timeout 'Time to wait on connect and on responses (e.g. 5s, 500ms)'
            cand --connection-name 'Name of this connection, as the server shows it'
            cand --tlscert 'TLS client certificate file (with --tlskey)'
            cand --tlskey 'TLS client key file'
            cand --tlsca 'CA file that signed the server''s certificate (TLS is then required)'
            cand --json 'json'
            cand --tlsfirst 'Start TLS before the server''s INFO (for servers with handshake_first)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'natsx;context;rm'= {
            cand -s 'NATS server URLs, comma separated [default: the context''s, else nats://127.0.0.1:4222]'
            cand --server 'NATS server URLs, comma separated [default: the context''s, else nats://127.0.0.1:4222]'
            cand --context 'The connection context to use (`natsx context`), instead of the selected one'
            cand --user 'Username or token'
            cand --password 'Password'
            cand --token 'Authentication token'
            cand --creds 'User credentials file (JWT and seed)'
            cand --nkey 'NKey seed file'
            cand --timeout 'Time to wait on connect and on responses (e.g. 5s, 500ms)'
            cand --connection-name 'Name of this connection, as the server shows it'
            cand --tlscert 'TLS client certificate file (with --tlskey)'
            cand --tlskey 'TLS client key file'
            cand --tlsca 'CA file that signed the server''s certificate (TLS is then required)'
            cand -f 'Remove it even when it is the selected one (the selection is cleared)'
            cand --force 'Remove it even when it is the selected one (the selection is cleared)'
            cand --tlsfirst 'Start TLS before the server''s INFO (for servers with handshake_first)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'natsx;context;help'= {
            cand add 'Save a context from the connection flags given (`-s`, `--user`, `--creds`, ...)'
            cand edit 'Change a context: the connection flags given replace its values'
            cand ls 'List the contexts (the selected one marked `*`)'
            cand select 'Make a context the one every command uses by default'
            cand info 'Show a context (default: the selected one); passwords and tokens are hidden'
            cand rm 'Remove a context (not the selected one)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'natsx;context;help;add'= {
        }
        &'natsx;context;help;edit'= {
        }
        &'natsx;context;help;ls'= {
        }
        &'natsx;context;help;select'= {
        }
        &'natsx;context;help;info'= {
        }
        &'natsx;context;help;rm'= {
        }
        &'natsx;context;help;help'= {
        }
        &'natsx;completion'= {
            cand -s 'NATS server URLs, comma separated [default: the context''s, else nats://127.0.0.1:4222]'
            cand --server 'NATS server URLs, comma separated [default: the context''s, else nats://127.0.0.1:4222]'
            cand --context 'The connection context to use (`natsx context`), instead of the selected one'
            cand --user 'Username or token'
            cand --password 'Password'
            cand --token 'Authentication token'
            cand --creds 'User credentials file (JWT and seed)'
            cand --nkey 'NKey seed file'
            cand --timeout 'Time to wait on connect and on responses (e.g. 5s, 500ms)'
            cand --connection-name 'Name of this connection, as the server shows it'
            cand --tlscert 'TLS client certificate file (with --tlskey)'
            cand --tlskey 'TLS client key file'
            cand --tlsca 'CA file that signed the server''s certificate (TLS is then required)'
            cand --tlsfirst 'Start TLS before the server''s INFO (for servers with handshake_first)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'natsx;man'= {
            cand --dir 'Where to write `natsx.1`, `natsx-pub.1`, ... (default: print natsx(1))'
            cand -s 'NATS server URLs, comma separated [default: the context''s, else nats://127.0.0.1:4222]'
            cand --server 'NATS server URLs, comma separated [default: the context''s, else nats://127.0.0.1:4222]'
            cand --context 'The connection context to use (`natsx context`), instead of the selected one'
            cand --user 'Username or token'
            cand --password 'Password'
            cand --token 'Authentication token'
            cand --creds 'User credentials file (JWT and seed)'
            cand --nkey 'NKey seed file'
            cand --timeout 'Time to wait on connect and on responses (e.g. 5s, 500ms)'
            cand --connection-name 'Name of this connection, as the server shows it'
            cand --tlscert 'TLS client certificate file (with --tlskey)'
            cand --tlskey 'TLS client key file'
            cand --tlsca 'CA file that signed the server''s certificate (TLS is then required)'
            cand --tlsfirst 'Start TLS before the server''s INFO (for servers with handshake_first)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'natsx;help'= {
            cand server 'Run the server; takes nats-server''s flags (see `natsx server --help`). With a verb it administers servers through the system account instead: ping, list, info, report connections|accounts|jetstream, request KIND, check connection|jetstream|stream (`natsx server VERB --help`); `natsx server mapping SOURCE DESTINATION [SUBJECT]` tests a subject mapping'
            cand pub 'Publish messages to a subject'
            cand sub 'Subscribe to a subject and print the messages'
            cand req 'Send a request and wait for replies'
            cand reply 'Answer requests on a subject'
            cand bench 'Measure throughput and latency (like `nats bench`)'
            cand stream 'Manage JetStream streams'
            cand consumer 'Manage JetStream consumers'
            cand kv 'Key-Value buckets: put, get, watch, history'
            cand obj 'Object Store buckets: put and get files of any size'
            cand account 'The connected account: connection, permissions, JetStream usage, exports and imports'
            cand rtt 'The round trip to the server'
            cand events 'Client connect/disconnect events (system account) and JetStream advisories'
            cand repl 'An interactive shell on one connection (also `natsx` alone on a terminal)'
            cand micro 'Services built with the clients'' service API: ls, info, stats, ping'
            cand context 'Named connection settings, shared with the nats CLI (add, edit, ls, select, info, rm)'
            cand completion 'Print the shell completion script (bash, zsh, fish, elvish, powershell)'
            cand man 'Write the man pages, one per subcommand, into a directory (or print natsx(1))'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'natsx;help;server'= {
        }
        &'natsx;help;pub'= {
        }
        &'natsx;help;sub'= {
        }
        &'natsx;help;req'= {
        }
        &'natsx;help;reply'= {
        }
        &'natsx;help;bench'= {
            cand pub 'Publish messages and measure the publish rate'
            cand sub 'Subscribe and measure the receive rate (start it before `bench pub`)'
            cand pubsub 'Publishers and subscribers together in one run'
            cand service 'Request/reply: `serve` answers, `request` measures'
            cand js 'JetStream: publish with acknowledgements, consume through consumers'
            cand kv 'Key-Value: put and get'
            cand obj 'Object Store: put and get throughput'
            cand idle 'Hold idle connections and subscriptions open (for memory measurements)'
        }
        &'natsx;help;bench;pub'= {
        }
        &'natsx;help;bench;sub'= {
        }
        &'natsx;help;bench;pubsub'= {
        }
        &'natsx;help;bench;service'= {
            cand serve 'Answer requests with a reply of --size bytes until stopped'
            cand request 'Send requests and measure round-trip latency and throughput'
        }
        &'natsx;help;bench;service;serve'= {
        }
        &'natsx;help;bench;service;request'= {
        }
        &'natsx;help;bench;js'= {
            cand pub 'Publish to a stream and wait for the acknowledgements'
            cand consume 'Consume a stream through a pull or push consumer, acknowledging each message'
        }
        &'natsx;help;bench;js;pub'= {
        }
        &'natsx;help;bench;js;consume'= {
        }
        &'natsx;help;bench;kv'= {
            cand put 'Put values (each put waits for its revision)'
            cand get 'Get values written by `bench kv put`'
        }
        &'natsx;help;bench;kv;put'= {
        }
        &'natsx;help;bench;kv;get'= {
        }
        &'natsx;help;bench;obj'= {
            cand put 'Upload objects and measure MB/s'
            cand get 'Download the objects `bench obj put` stored'
        }
        &'natsx;help;bench;obj;put'= {
        }
        &'natsx;help;bench;obj;get'= {
        }
        &'natsx;help;bench;idle'= {
        }
        &'natsx;help;stream'= {
            cand add 'Create a stream'
            cand edit 'Change a stream''s configuration'
            cand info 'Show a stream''s configuration and state'
            cand ls 'List streams'
            cand rm 'Delete a stream and all its messages'
            cand purge 'Remove messages from a stream'
            cand get 'Show one message'
            cand rmm 'Delete one message'
            cand view 'Show the messages of a stream'
            cand report 'A table of every stream'
        }
        &'natsx;help;stream;add'= {
        }
        &'natsx;help;stream;edit'= {
        }
        &'natsx;help;stream;info'= {
        }
        &'natsx;help;stream;ls'= {
        }
        &'natsx;help;stream;rm'= {
        }
        &'natsx;help;stream;purge'= {
        }
        &'natsx;help;stream;get'= {
        }
        &'natsx;help;stream;rmm'= {
        }
        &'natsx;help;stream;view'= {
        }
        &'natsx;help;stream;report'= {
        }
        &'natsx;help;consumer'= {
            cand add 'Create a consumer'
            cand edit 'Change a consumer''s configuration'
            cand info 'Show a consumer''s configuration and state'
            cand ls 'List a stream''s consumers'
            cand rm 'Delete a consumer'
            cand next 'Fetch messages from a pull consumer'
            cand sub 'Receive messages from a push consumer'
        }
        &'natsx;help;consumer;add'= {
        }
        &'natsx;help;consumer;edit'= {
        }
        &'natsx;help;consumer;info'= {
        }
        &'natsx;help;consumer;ls'= {
        }
        &'natsx;help;consumer;rm'= {
        }
        &'natsx;help;consumer;next'= {
        }
        &'natsx;help;consumer;sub'= {
        }
        &'natsx;help;kv'= {
            cand add 'Create a bucket'
            cand info 'Show a bucket''s configuration and state'
            cand ls 'List buckets'
            cand rm 'Delete a bucket and all its values'
            cand put 'Store a value'
            cand get 'Show a value'
            cand create 'Store a value only if the key has none'
            cand update 'Replace a value only if it is still at the given revision (compare and set)'
            cand del 'Delete a key (leaves a delete marker; history is kept)'
            cand purge 'Remove a key and its history (leaves a purge marker)'
            cand history 'Show every stored revision of a key'
            cand keys 'List the keys that have a value'
            cand watch 'Print changes as they happen'
            cand compact 'Remove delete and purge markers left by deleted keys'
        }
        &'natsx;help;kv;add'= {
        }
        &'natsx;help;kv;info'= {
        }
        &'natsx;help;kv;ls'= {
        }
        &'natsx;help;kv;rm'= {
        }
        &'natsx;help;kv;put'= {
        }
        &'natsx;help;kv;get'= {
        }
        &'natsx;help;kv;create'= {
        }
        &'natsx;help;kv;update'= {
        }
        &'natsx;help;kv;del'= {
        }
        &'natsx;help;kv;purge'= {
        }
        &'natsx;help;kv;history'= {
        }
        &'natsx;help;kv;keys'= {
        }
        &'natsx;help;kv;watch'= {
        }
        &'natsx;help;kv;compact'= {
        }
        &'natsx;help;obj'= {
            cand add 'Create a bucket'
            cand info 'Show a bucket, or one object in it'
            cand ls 'List buckets, or the objects in one'
            cand rm 'Delete a bucket and everything in it'
            cand put 'Upload a file (or standard input with `-`)'
            cand get 'Download an object to a file (or standard output with `-O -`)'
            cand del 'Delete an object'
            cand seal 'Make a bucket read-only'
            cand watch 'Print changes to a bucket as they happen'
        }
        &'natsx;help;obj;add'= {
        }
        &'natsx;help;obj;info'= {
        }
        &'natsx;help;obj;ls'= {
        }
        &'natsx;help;obj;rm'= {
        }
        &'natsx;help;obj;put'= {
        }
        &'natsx;help;obj;get'= {
        }
        &'natsx;help;obj;del'= {
        }
        &'natsx;help;obj;seal'= {
        }
        &'natsx;help;obj;watch'= {
        }
        &'natsx;help;account'= {
            cand info 'Show the connected account: connection, permissions, JetStream usage and limits'
            cand nkey 'Make and use NKeys: gen, show, sign, verify (as `nats auth nkey`)'
            cand init 'Create an operator with a system account, in an nsc store (as `nsc init`)'
            cand add 'Add an operator, account or user (as `nsc add`)'
            cand edit 'Change an account, or scope a signing key (as `nsc edit`)'
            cand generate 'Generate a user''s creds or a server configuration (as `nsc generate`)'
            cand describe 'Show an operator, account or user JWT: from the store, a file or stdin (`--file -`)'
            cand list 'List the store''s keys (as `nsc list keys --all`)'
            cand callout 'Run an auth callout service (`serve`) that admits the users of a file'
            cand revocations 'Revoke users (as `nsc revocations`)'
            cand push 'Send account JWTs to a server''s NATS-based resolver, or remove them (as `nsc push`)'
            cand pull 'Fetch account JWTs from a server''s NATS-based resolver into the store (as `nsc pull`)'
        }
        &'natsx;help;account;info'= {
        }
        &'natsx;help;account;nkey'= {
            cand gen 'Generate a key pair and print its seed'
            cand show 'Print the public key of a seed file'
            cand sign 'Sign a file with a seed; prints the base64url signature'
            cand verify 'Verify a file''s signature (a file holding the base64url signature) with a public key or a seed'
        }
        &'natsx;help;account;nkey;gen'= {
        }
        &'natsx;help;account;nkey;show'= {
        }
        &'natsx;help;account;nkey;sign'= {
        }
        &'natsx;help;account;nkey;verify'= {
        }
        &'natsx;help;account;init'= {
        }
        &'natsx;help;account;add'= {
            cand operator 'Add an operator (its key signs accounts)'
            cand account 'Add an account signed by the current operator'
            cand user 'Add a user signed by an account'
        }
        &'natsx;help;account;add;operator'= {
        }
        &'natsx;help;account;add;account'= {
        }
        &'natsx;help;account;add;user'= {
        }
        &'natsx;help;account;edit'= {
            cand account 'Change an account''s limits or signing keys'
            cand signing-key 'Make a signing key scoped: its users get this role''s permissions (a template: `{{name()}}`, `{{tag(NAME)}}` ... are filled in per user)'
            cand authcallout 'Make the account an auth callout account (as `nsc edit authcallout`): clients presenting its users'' JWTs, but for `--auth-user`s, are handed to the callout service running as an auth user'
        }
        &'natsx;help;account;edit;account'= {
        }
        &'natsx;help;account;edit;signing-key'= {
        }
        &'natsx;help;account;edit;authcallout'= {
        }
        &'natsx;help;account;generate'= {
            cand creds 'Print (or write) a user''s .creds file'
            cand config 'Print a server configuration that trusts the current operator'
        }
        &'natsx;help;account;generate;creds'= {
        }
        &'natsx;help;account;generate;config'= {
        }
        &'natsx;help;account;describe'= {
        }
        &'natsx;help;account;list'= {
            cand keys 'The operator''s, accounts'' and users'' keys, and whether their seeds are stored'
        }
        &'natsx;help;account;list;keys'= {
        }
        &'natsx;help;account;callout'= {
            cand serve 'Answer auth callout requests from a users file'
        }
        &'natsx;help;account;callout;serve'= {
        }
        &'natsx;help;account;revocations'= {
            cand add-user 'Revoke a user''s JWTs issued until now'
        }
        &'natsx;help;account;revocations;add-user'= {
        }
        &'natsx;help;account;push'= {
        }
        &'natsx;help;account;pull'= {
        }
        &'natsx;help;rtt'= {
        }
        &'natsx;help;events'= {
        }
        &'natsx;help;repl'= {
        }
        &'natsx;help;micro'= {
            cand ls 'List the running service instances (name, version, id, description)'
            cand info 'A service''s description, endpoints and metadata (each instance, or one by id)'
            cand stats 'A service''s request counts, errors and processing times per endpoint'
            cand ping 'Ping the instances (all, or of one service) and show how long each took'
        }
        &'natsx;help;micro;ls'= {
        }
        &'natsx;help;micro;info'= {
        }
        &'natsx;help;micro;stats'= {
        }
        &'natsx;help;micro;ping'= {
        }
        &'natsx;help;context'= {
            cand add 'Save a context from the connection flags given (`-s`, `--user`, `--creds`, ...)'
            cand edit 'Change a context: the connection flags given replace its values'
            cand ls 'List the contexts (the selected one marked `*`)'
            cand select 'Make a context the one every command uses by default'
            cand info 'Show a context (default: the selected one); passwords and tokens are hidden'
            cand rm 'Remove a context (not the selected one)'
        }
        &'natsx;help;context;add'= {
        }
        &'natsx;help;context;edit'= {
        }
        &'natsx;help;context;ls'= {
        }
        &'natsx;help;context;select'= {
        }
        &'natsx;help;context;info'= {
        }
        &'natsx;help;context;rm'= {
        }
        &'natsx;help;completion'= {
        }
        &'natsx;help;man'= {
        }
        &'natsx;help;help'= {
        }
    ]
    $completions[$command]
}
