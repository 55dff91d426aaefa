# Print an optspec for argparse to handle cmd's options that are independent of any subcommand.
function __fish_natsx_global_optspecs
    string join \n s/server= context= user= password= token= creds= nkey= timeout= connection-name= tlscert= tlskey= tlsca= tlsfirst h/help V/version
end

function __fish_natsx_needs_command
    # Figure out if the current invocation already has a command.
    set -l cmd (commandline -opc)
    set -e cmd[1]
    argparse -s (__fish_natsx_global_optspecs) -- $cmd 2>/dev/null
    or return
    if set -q argv[1]
        # Also print the command, so this can be used to figure out what it is.
        echo $argv[1]
        return 1
    end
    return 0
end

function __fish_natsx_using_subcommand
    set -l cmd (__fish_natsx_needs_command)
    test -z "$cmd"
    and return 1
    contains -- $cmd[1] $argv
end

complete -c natsx -n "__fish_natsx_needs_command" -s s -l server -d 'NATS server URLs, comma separated [default: the context\'s, else nats://127.0.0.1:4222]' -r
complete -c natsx -n "__fish_natsx_needs_command" -l context -d 'The connection context to use (`natsx context`), instead of the selected one' -r
complete -c natsx -n "__fish_natsx_needs_command" -l user -d 'Username or token' -r
complete -c natsx -n "__fish_natsx_needs_command" -l password -d 'Password' -r
complete -c natsx -n "__fish_natsx_needs_command" -l token -d 'Authentication token' -r
complete -c natsx -n "__fish_natsx_needs_command" -l creds -d 'User credentials file (JWT and seed)' -r -F
complete -c natsx -n "__fish_natsx_needs_command" -l nkey -d 'NKey seed file' -r -F
complete -c natsx -n "__fish_natsx_needs_command" -l timeout -d 'Time to wait on connect and on responses (e.g. 5s, 500ms)' -r
complete -c natsx -n "__fish_natsx_needs_command" -l connection-name -d 'Name of this connection, as the server shows it' -r
complete -c natsx -n "__fish_natsx_needs_command" -l tlscert -d 'TLS client certificate file (with --tlskey)' -r -F
complete -c natsx -n "__fish_natsx_needs_command" -l tlskey -d 'TLS client key file' -r -F
complete -c natsx -n "__fish_natsx_needs_command" -l tlsca -d 'CA file that signed the server\'s certificate (TLS is then required)' -r -F
complete -c natsx -n "__fish_natsx_needs_command" -l tlsfirst -d 'Start TLS before the server\'s INFO (for servers with handshake_first)'
complete -c natsx -n "__fish_natsx_needs_command" -s h -l help -d 'Print help'
complete -c natsx -n "__fish_natsx_needs_command" -s V -l version -d 'Print version'
complete -c natsx -n "__fish_natsx_needs_command" -f -a "server" -d 'Run the server; takes nats-server\'s flags (see `natsx server --help`). With a verb it administers servers through the system account instead: ping, list, info, report connections|accounts|jetstream, request KIND, check connection|jetstream|stream (`natsx server VERB --help`); `natsx server mapping SOURCE DESTINATION [SUBJECT]` tests a subject mapping'
complete -c natsx -n "__fish_natsx_needs_command" -f -a "pub" -d 'Publish messages to a subject'
complete -c natsx -n "__fish_natsx_needs_command" -f -a "sub" -d 'Subscribe to a subject and print the messages'
complete -c natsx -n "__fish_natsx_needs_command" -f -a "req" -d 'Send a request and wait for replies'
complete -c natsx -n "__fish_natsx_needs_command" -f -a "reply" -d 'Answer requests on a subject'
complete -c natsx -n "__fish_natsx_needs_command" -f -a "bench" -d 'Measure throughput and latency (like `nats bench`)'
complete -c natsx -n "__fish_natsx_needs_command" -f -a "stream" -d 'Manage JetStream streams'
complete -c natsx -n "__fish_natsx_needs_command" -f -a "consumer" -d 'Manage JetStream consumers'
complete -c natsx -n "__fish_natsx_needs_command" -f -a "kv" -d 'Key-Value buckets: put, get, watch, history'
complete -c natsx -n "__fish_natsx_needs_command" -f -a "obj" -d 'Object Store buckets: put and get files of any size'
complete -c natsx -n "__fish_natsx_needs_command" -f -a "account" -d 'The connected account: connection, permissions, JetStream usage, exports and imports'
complete -c natsx -n "__fish_natsx_needs_command" -f -a "rtt" -d 'The round trip to the server'
complete -c natsx -n "__fish_natsx_needs_command" -f -a "events" -d 'Client connect/disconnect events (system account) and JetStream advisories'
complete -c natsx -n "__fish_natsx_needs_command" -f -a "repl" -d 'An interactive shell on one connection (also `natsx` alone on a terminal)'
complete -c natsx -n "__fish_natsx_needs_command" -f -a "micro" -d 'Services built with the clients\' service API: ls, info, stats, ping'
complete -c natsx -n "__fish_natsx_needs_command" -f -a "context" -d 'Named connection settings, shared with the nats CLI (add, edit, ls, select, info, rm)'
complete -c natsx -n "__fish_natsx_needs_command" -f -a "completion" -d 'Print the shell completion script (bash, zsh, fish, elvish, powershell)'
complete -c natsx -n "__fish_natsx_needs_command" -f -a "man" -d 'Write the man pages, one per subcommand, into a directory (or print natsx(1))'
complete -c natsx -n "__fish_natsx_needs_command" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c natsx -n "__fish_natsx_using_subcommand server" -s s -l server -d 'NATS server URLs, comma separated [default: the context\'s, else nats://127.0.0.1:4222]' -r
complete -c natsx -n "__fish_natsx_using_subcommand server" -l context -d 'The connection context to use (`natsx context`), instead of the selected one' -r
complete -c natsx -n "__fish_natsx_using_subcommand server" -l user -d 'Username or token' -r
complete -c natsx -n "__fish_natsx_using_subcommand server" -l password -d 'Password' -r
complete -c natsx -n "__fish_natsx_using_subcommand server" -l token -d 'Authentication token' -r
complete -c natsx -n "__fish_natsx_using_subcommand server" -l creds -d 'User credentials file (JWT and seed)' -r -F
complete -c natsx -n "__fish_natsx_using_subcommand server" -l nkey -d 'NKey seed file' -r -F
complete -c natsx -n "__fish_natsx_using_subcommand server" -l timeout -d 'Time to wait on connect and on responses (e.g. 5s, 500ms)' -r
complete -c natsx -n "__fish_natsx_using_subcommand server" -l connection-name -d 'Name of this connection, as the server shows it' -r
complete -c natsx -n "__fish_natsx_using_subcommand server" -l tlscert -d 'TLS client certificate file (with --tlskey)' -r -F
complete -c natsx -n "__fish_natsx_using_subcommand server" -l tlskey -d 'TLS client key file' -r -F
complete -c natsx -n "__fish_natsx_using_subcommand server" -l tlsca -d 'CA file that signed the server\'s certificate (TLS is then required)' -r -F
complete -c natsx -n "__fish_natsx_using_subcommand server" -l tlsfirst -d 'Start TLS before the server\'s INFO (for servers with handshake_first)'
complete -c natsx -n "__fish_natsx_using_subcommand server" -s V -l version -d 'Print version'
complete -c natsx -n "__fish_natsx_using_subcommand pub" -l count -d 'Number of messages to publish' -r
complete -c natsx -n "__fish_natsx_using_subcommand pub" -l sleep -d 'Pause between messages (e.g. 100ms)' -r
complete -c natsx -n "__fish_natsx_using_subcommand pub" -s H -l header -d 'Header to add, as key:value (repeatable)' -r
complete -c natsx -n "__fish_natsx_using_subcommand pub" -l reply -d 'Reply subject to set on the messages' -r
complete -c natsx -n "__fish_natsx_using_subcommand pub" -s s -l server -d 'NATS server URLs, comma separated [default: the context\'s, else nats://127.0.0.1:4222]' -r
complete -c natsx -n "__fish_natsx_using_subcommand pub" -l context -d 'The connection context to use (`natsx context`), instead of the selected one' -r
complete -c natsx -n "__fish_natsx_using_subcommand pub" -l user -d 'Username or token' -r
complete -c natsx -n "__fish_natsx_using_subcommand pub" -l password -d 'Password' -r
complete -c natsx -n "__fish_natsx_using_subcommand pub" -l token -d 'Authentication token' -r
complete -c natsx -n "__fish_natsx_using_subcommand pub" -l creds -d 'User credentials file (JWT and seed)' -r -F
complete -c natsx -n "__fish_natsx_using_subcommand pub" -l nkey -d 'NKey seed file' -r -F
complete -c natsx -n "__fish_natsx_using_subcommand pub" -l timeout -d 'Time to wait on connect and on responses (e.g. 5s, 500ms)' -r
complete -c natsx -n "__fish_natsx_using_subcommand pub" -l connection-name -d 'Name of this connection, as the server shows it' -r
complete -c natsx -n "__fish_natsx_using_subcommand pub" -l tlscert -d 'TLS client certificate file (with --tlskey)' -r -F
complete -c natsx -n "__fish_natsx_using_subcommand pub" -l tlskey -d 'TLS client key file' -r -F
complete -c natsx -n "__fish_natsx_using_subcommand pub" -l tlsca -d 'CA file that signed the server\'s certificate (TLS is then required)' -r -F
complete -c natsx -n "__fish_natsx_using_subcommand pub" -s q -l quiet -d 'Print nothing on success'
complete -c natsx -n "__fish_natsx_using_subcommand pub" -l tlsfirst -d 'Start TLS before the server\'s INFO (for servers with handshake_first)'
complete -c natsx -n "__fish_natsx_using_subcommand pub" -s h -l help -d 'Print help'
complete -c natsx -n "__fish_natsx_using_subcommand pub" -s V -l version -d 'Print version'
complete -c natsx -n "__fish_natsx_using_subcommand sub" -l queue -d 'Join this queue group' -r
complete -c natsx -n "__fish_natsx_using_subcommand sub" -l count -d 'Exit after this many messages' -r
complete -c natsx -n "__fish_natsx_using_subcommand sub" -s s -l server -d 'NATS server URLs, comma separated [default: the context\'s, else nats://127.0.0.1:4222]' -r
complete -c natsx -n "__fish_natsx_using_subcommand sub" -l context -d 'The connection context to use (`natsx context`), instead of the selected one' -r
complete -c natsx -n "__fish_natsx_using_subcommand sub" -l user -d 'Username or token' -r
complete -c natsx -n "__fish_natsx_using_subcommand sub" -l password -d 'Password' -r
complete -c natsx -n "__fish_natsx_using_subcommand sub" -l token -d 'Authentication token' -r
complete -c natsx -n "__fish_natsx_using_subcommand sub" -l creds -d 'User credentials file (JWT and seed)' -r -F
complete -c natsx -n "__fish_natsx_using_subcommand sub" -l nkey -d 'NKey seed file' -r -F
complete -c natsx -n "__fish_natsx_using_subcommand sub" -l timeout -d 'Time to wait on connect and on responses (e.g. 5s, 500ms)' -r
complete -c natsx -n "__fish_natsx_using_subcommand sub" -l connection-name -d 'Name of this connection, as the server shows it' -r
complete -c natsx -n "__fish_natsx_using_subcommand sub" -l tlscert -d 'TLS client certificate file (with --tlskey)' -r -F
complete -c natsx -n "__fish_natsx_using_subcommand sub" -l tlskey -d 'TLS client key file' -r -F
complete -c natsx -n "__fish_natsx_using_subcommand sub" -l tlsca -d 'CA file that signed the server\'s certificate (TLS is then required)' -r -F
complete -c natsx -n "__fish_natsx_using_subcommand sub" -l raw -d 'Print only message bodies, one per line'
complete -c natsx -n "__fish_natsx_using_subcommand sub" -l tlsfirst -d 'Start TLS before the server\'s INFO (for servers with handshake_first)'
complete -c natsx -n "__fish_natsx_using_subcommand sub" -s h -l help -d 'Print help'
complete -c natsx -n "__fish_natsx_using_subcommand sub" -s V -l version -d 'Print version'
complete -c natsx -n "__fish_natsx_using_subcommand req" -s H -l header -d 'Header to add, as key:value (repeatable)' -r
complete -c natsx -n "__fish_natsx_using_subcommand req" -l replies -d 'Wait for this many replies (scatter-gather); 0 collects until the timeout' -r
complete -c natsx -n "__fish_natsx_using_subcommand req" -l wait -d 'How long to wait for replies (overrides --timeout)' -r
complete -c natsx -n "__fish_natsx_using_subcommand req" -s s -l server -d 'NATS server URLs, comma separated [default: the context\'s, else nats://127.0.0.1:4222]' -r
complete -c natsx -n "__fish_natsx_using_subcommand req" -l context -d 'The connection context to use (`natsx context`), instead of the selected one' -r
complete -c natsx -n "__fish_natsx_using_subcommand req" -l user -d 'Username or token' -r
complete -c natsx -n "__fish_natsx_using_subcommand req" -l password -d 'Password' -r
complete -c natsx -n "__fish_natsx_using_subcommand req" -l token -d 'Authentication token' -r
complete -c natsx -n "__fish_natsx_using_subcommand req" -l creds -d 'User credentials file (JWT and seed)' -r -F
complete -c natsx -n "__fish_natsx_using_subcommand req" -l nkey -d 'NKey seed file' -r -F
complete -c natsx -n "__fish_natsx_using_subcommand req" -l timeout -d 'Time to wait on connect and on responses (e.g. 5s, 500ms)' -r
complete -c natsx -n "__fish_natsx_using_subcommand req" -l connection-name -d 'Name of this connection, as the server shows it' -r
complete -c natsx -n "__fish_natsx_using_subcommand req" -l tlscert -d 'TLS client certificate file (with --tlskey)' -r -F
complete -c natsx -n "__fish_natsx_using_subcommand req" -l tlskey -d 'TLS client key file' -r -F
complete -c natsx -n "__fish_natsx_using_subcommand req" -l tlsca -d 'CA file that signed the server\'s certificate (TLS is then required)' -r -F
complete -c natsx -n "__fish_natsx_using_subcommand req" -l raw -d 'Print only reply bodies'
complete -c natsx -n "__fish_natsx_using_subcommand req" -l tlsfirst -d 'Start TLS before the server\'s INFO (for servers with handshake_first)'
complete -c natsx -n "__fish_natsx_using_subcommand req" -s h -l help -d 'Print help'
complete -c natsx -n "__fish_natsx_using_subcommand req" -s V -l version -d 'Print version'
complete -c natsx -n "__fish_natsx_using_subcommand reply" -l queue -d 'Queue group to join, so several responders share the load' -r
complete -c natsx -n "__fish_natsx_using_subcommand reply" -l command -d 'Run this shell command per request (request body on its stdin) and reply with its output' -r
complete -c natsx -n "__fish_natsx_using_subcommand reply" -l count -d 'Exit after answering this many requests' -r
complete -c natsx -n "__fish_natsx_using_subcommand reply" -s s -l server -d 'NATS server URLs, comma separated [default: the context\'s, else nats://127.0.0.1:4222]' -r
complete -c natsx -n "__fish_natsx_using_subcommand reply" -l context -d 'The connection context to use (`natsx context`), instead of the selected one' -r
complete -c natsx -n "__fish_natsx_using_subcommand reply" -l user -d 'Username or token' -r
complete -c natsx -n "__fish_natsx_using_subcommand reply" -l password -d 'Password' -r
complete -c natsx -n "__fish_natsx_using_subcommand reply" -l token -d 'Authentication token' -r
complete -c natsx -n "__fish_natsx_using_subcommand reply" -l creds -d 'User credentials file (JWT and seed)' -r -F
complete -c natsx -n "__fish_natsx_using_subcommand reply" -l nkey -d 'NKey seed file' -r -F
complete -c natsx -n "__fish_natsx_using_subcommand reply" -l timeout -d 'Time to wait on connect and on responses (e.g. 5s, 500ms)' -r
complete -c natsx -n "__fish_natsx_using_subcommand reply" -l connection-name -d 'Name of this connection, as the server shows it' -r
complete -c natsx -n "__fish_natsx_using_subcommand reply" -l tlscert -d 'TLS client certificate file (with --tlskey)' -r -F
complete -c natsx -n "__fish_natsx_using_subcommand reply" -l tlskey -d 'TLS client key file' -r -F
complete -c natsx -n "__fish_natsx_using_subcommand reply" -l tlsca -d 'CA file that signed the server\'s certificate (TLS is then required)' -r -F
complete -c natsx -n "__fish_natsx_using_subcommand reply" -l echo -d 'Reply with the request itself (body and headers)'
complete -c natsx -n "__fish_natsx_using_subcommand reply" -s q -l quiet -d 'Print nothing per request'
complete -c natsx -n "__fish_natsx_using_subcommand reply" -l tlsfirst -d 'Start TLS before the server\'s INFO (for servers with handshake_first)'
complete -c natsx -n "__fish_natsx_using_subcommand reply" -s h -l help -d 'Print help'
complete -c natsx -n "__fish_natsx_using_subcommand reply" -s V -l version -d 'Print version'
complete -c natsx -n "__fish_natsx_using_subcommand bench; and not __fish_seen_subcommand_from pub sub pubsub service js kv obj idle help" -l format -d 'Output format' -r -f -a "table\t''
json\t''
csv\t''"
complete -c natsx -n "__fish_natsx_using_subcommand bench; and not __fish_seen_subcommand_from pub sub pubsub service js kv obj idle help" -l csv -d 'Also write the results as CSV to this file (as `nats bench --csv FILE`)' -r -F
complete -c natsx -n "__fish_natsx_using_subcommand bench; and not __fish_seen_subcommand_from pub sub pubsub service js kv obj idle help" -l client -d 'Client for the throughput modes: `wire` is a lean protocol-level load generator (so the server, not the client, is measured); `async-nats` the official client' -r -f -a "wire\t''
async-nats\t''"
complete -c natsx -n "__fish_natsx_using_subcommand bench; and not __fish_seen_subcommand_from pub sub pubsub service js kv obj idle help" -s s -l server -d 'NATS server URLs, comma separated [default: the context\'s, else nats://127.0.0.1:4222]' -r
complete -c natsx -n "__fish_natsx_using_subcommand bench; and not __fish_seen_subcommand_from pub sub pubsub service js kv obj idle help" -l context -d 'The connection context to use (`natsx context`), instead of the selected one' -r
complete -c natsx -n "__fish_natsx_using_subcommand bench; and not __fish_seen_subcommand_from pub sub pubsub service js kv obj idle help" -l user -d 'Username or token' -r
complete -c natsx -n "__fish_natsx_using_subcommand bench; and not __fish_seen_subcommand_from pub sub pubsub service js kv obj idle help" -l password -d 'Password' -r
complete -c natsx -n "__fish_natsx_using_subcommand bench; and not __fish_seen_subcommand_from pub sub pubsub service js kv obj idle help" -l token -d 'Authentication token' -r
complete -c natsx -n "__fish_natsx_using_subcommand bench; and not __fish_seen_subcommand_from pub sub pubsub service js kv obj idle help" -l creds -d 'User credentials file (JWT and seed)' -r -F
complete -c natsx -n "__fish_natsx_using_subcommand bench; and not __fish_seen_subcommand_from pub sub pubsub service js kv obj idle help" -l nkey -d 'NKey seed file' -r -F
complete -c natsx -n "__fish_natsx_using_subcommand bench; and not __fish_seen_subcommand_from pub sub pubsub service js kv obj idle help" -l timeout -d 'Time to wait on connect and on responses (e.g. 5s, 500ms)' -r
complete -c natsx -n "__fish_natsx_using_subcommand bench; and not __fish_seen_subcommand_from pub sub pubsub service js kv obj idle help" -l connection-name -d 'Name of this connection, as the server shows it' -r
complete -c natsx -n "__fish_natsx_using_subcommand bench; and not __fish_seen_subcommand_from pub sub pubsub service js kv obj idle help" -l tlscert -d 'TLS client certificate file (with --tlskey)' -r -F
complete -c natsx -n "__fish_natsx_using_subcommand bench; and not __fish_seen_subcommand_from pub sub pubsub service js kv obj idle help" -l tlskey -d 'TLS client key file' -r -F
complete -c natsx -n "__fish_natsx_using_subcommand bench; and not __fish_seen_subcommand_from pub sub pubsub service js kv obj idle help" -l tlsca -d 'CA file that signed the server\'s certificate (TLS is then required)' -r -F
complete -c natsx -n "__fish_natsx_using_subcommand bench; and not __fish_seen_subcommand_from pub sub pubsub service js kv obj idle help" -l json -d 'Shorthand for --format json'
complete -c natsx -n "__fish_natsx_using_subcommand bench; and not __fish_seen_subcommand_from pub sub pubsub service js kv obj idle help" -l no-progress -d 'No progress bar (it is also off when stderr is not a terminal)'
complete -c natsx -n "__fish_natsx_using_subcommand bench; and not __fish_seen_subcommand_from pub sub pubsub service js kv obj idle help" -l tlsfirst -d 'Start TLS before the server\'s INFO (for servers with handshake_first)'
complete -c natsx -n "__fish_natsx_using_subcommand bench; and not __fish_seen_subcommand_from pub sub pubsub service js kv obj idle help" -s h -l help -d 'Print help'
complete -c natsx -n "__fish_natsx_using_subcommand bench; and not __fish_seen_subcommand_from pub sub pubsub service js kv obj idle help" -s V -l version -d 'Print version'
complete -c natsx -n "__fish_natsx_using_subcommand bench; and not __fish_seen_subcommand_from pub sub pubsub service js kv obj idle help" -f -a "pub" -d 'Publish messages and measure the publish rate'
complete -c natsx -n "__fish_natsx_using_subcommand bench; and not __fish_seen_subcommand_from pub sub pubsub service js kv obj idle help" -f -a "sub" -d 'Subscribe and measure the receive rate (start it before `bench pub`)'
complete -c natsx -n "__fish_natsx_using_subcommand bench; and not __fish_seen_subcommand_from pub sub pubsub service js kv obj idle help" -f -a "pubsub" -d 'Publishers and subscribers together in one run'
complete -c natsx -n "__fish_natsx_using_subcommand bench; and not __fish_seen_subcommand_from pub sub pubsub service js kv obj idle help" -f -a "service" -d 'Request/reply: `serve` answers, `request` measures'
complete -c natsx -n "__fish_natsx_using_subcommand bench; and not __fish_seen_subcommand_from pub sub pubsub service js kv obj idle help" -f -a "js" -d 'JetStream: publish with acknowledgements, consume through consumers'
complete -c natsx -n "__fish_natsx_using_subcommand bench; and not __fish_seen_subcommand_from pub sub pubsub service js kv obj idle help" -f -a "kv" -d 'Key-Value: put and get'
complete -c natsx -n "__fish_natsx_using_subcommand bench; and not __fish_seen_subcommand_from pub sub pubsub service js kv obj idle help" -f -a "obj" -d 'Object Store: put and get throughput'
complete -c natsx -n "__fish_natsx_using_subcommand bench; and not __fish_seen_subcommand_from pub sub pubsub service js kv obj idle help" -f -a "idle" -d 'Hold idle connections and subscriptions open (for memory measurements)'
complete -c natsx -n "__fish_natsx_using_subcommand bench; and not __fish_seen_subcommand_from pub sub pubsub service js kv obj idle help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c natsx -n "__fish_natsx_using_subcommand bench; and __fish_seen_subcommand_from pub" -l clients -d 'Number of concurrent clients (connections)' -r
complete -c natsx -n "__fish_natsx_using_subcommand bench; and __fish_seen_subcommand_from pub" -l msgs -d 'Total number of messages, split across the clients' -r
complete -c natsx -n "__fish_natsx_using_subcommand bench; and __fish_seen_subcommand_from pub" -l size -d 'Message size (bytes, or with a unit: 1KB, 64KiB, 1MB)' -r
complete -c natsx -n "__fish_natsx_using_subcommand bench; and __fish_seen_subcommand_from pub" -l duration -d 'Run for this long instead of a number of messages' -r
complete -c natsx -n "__fish_natsx_using_subcommand bench; and __fish_seen_subcommand_from pub" -l sleep -d 'Pause between messages of one client' -r
complete -c natsx -n "__fish_natsx_using_subcommand bench; and __fish_seen_subcommand_from pub" -l format -d 'Output format' -r -f -a "table\t''
json\t''
csv\t''"
complete -c natsx -n "__fish_natsx_using_subcommand bench; and __fish_seen_subcommand_from pub" -l csv -d 'Also write the results as CSV to this file (as `nats bench --csv FILE`)' -r -F
complete -c natsx -n "__fish_natsx_using_subcommand bench; and __fish_seen_subcommand_from pub" -l client -d 'Client for the throughput modes: `wire` is a lean protocol-level load generator (so the server, not the client, is measured); `async-nats` the official client' -r -f -a "wire\t''
async-nats\t''"
complete -c natsx -n "__fish_natsx_using_subcommand bench; and __fish_seen_subcommand_from pub" -s s -l server -d 'NATS server URLs, comma separated [default: the context\'s, else nats://127.0.0.1:4222]' -r
complete -c natsx -n "__fish_natsx_using_subcommand bench; and __fish_seen_subcommand_from pub" -l context -d 'The connection context to use (`natsx context`), instead of the selected one' -r
complete -c natsx -n "__fish_natsx_using_subcommand bench; and __fish_seen_subcommand_from pub" -l user -d 'Username or token' -r
complete -c natsx -n "__fish_natsx_using_subcommand bench; and __fish_seen_subcommand_from pub" -l password -d 'Password' -r
complete -c natsx -n "__fish_natsx_using_subcommand bench; and __fish_seen_subcommand_from pub" -l token -d 'Authentication token' -r
complete -c natsx -n "__fish_natsx_using_subcommand bench; and __fish_seen_subcommand_from pub" -l creds -d 'User credentials file (JWT and seed)' -r -F
complete -c natsx -n "__fish_natsx_using_subcommand bench; and __fish_seen_subcommand_from pub" -l nkey -d 'NKey seed file' -r -F
complete -c natsx -n "__fish_natsx_using_subcommand bench; and __fish_seen_subcommand_from pub" -l timeout -d 'Time to wait on connect and on responses (e.g. 5s, 500ms)' -r
complete -c natsx -n "__fish_natsx_using_subcommand bench; and __fish_seen_subcommand_from pub" -l connection-name -d 'Name of this connection, as the server shows it' -r
complete -c natsx -n "__fish_natsx_using_subcommand bench; and __fish_seen_subcommand_from pub" -l tlscert -d 'TLS client certificate file (with --tlskey)' -r -F
complete -c natsx -n "__fish_natsx_using_subcommand bench; and __fish_seen_subcommand_from pub" -l tlskey -d 'TLS client key file' -r -F
complete -c natsx -n "__fish_natsx_using_subcommand bench; and __fish_seen_subcommand_from pub" -l tlsca -d 'CA file that signed the server\'s certificate (TLS is then required)' -r -F
complete -c natsx -n "__fish_natsx_using_subcommand bench; and __fish_seen_subcommand_from pub" -l multisubject -d 'Publish each message on its own subject (`SUBJECT.<n>`); subscribers use `SUBJECT.>`'
complete -c natsx -n "__fish_natsx_using_subcommand bench; and __fish_seen_subcommand_from pub" -l json -d 'Shorthand for --format json'
complete -c natsx -n "__fish_natsx_using_subcommand bench; and __fish_seen_subcommand_from pub" -l no-progress -d 'No progress bar (it is also off when stderr is not a terminal)'
complete -c natsx -n "__fish_natsx_using_subcommand bench; and __fish_seen_subcommand_from pub" -l tlsfirst -d 'Start TLS before the server\'s INFO (for servers with handshake_first)'
complete -c natsx -n "__fish_natsx_using_subcommand bench; and __fish_seen_subcommand_from pub" -s h -l help -d 'Print help'
complete -c natsx -n "__fish_natsx_using_subcommand bench; and __fish_seen_subcommand_from pub" -s V -l version -d 'Print version'
complete -c natsx -n "__fish_natsx_using_subcommand bench; and __fish_seen_subcommand_from sub" -l clients -d 'Number of concurrent clients (connections)' -r
complete -c natsx -n "__fish_natsx_using_subcommand bench; and __fish_seen_subcommand_from sub" -l msgs -d 'Total number of messages, split across the clients' -r
complete -c natsx -n "__fish_natsx_using_subcommand bench; and __fish_seen_subcommand_from sub" -l size -d 'Message size (bytes, or with a unit: 1KB, 64KiB, 1MB)' -r
complete -c natsx -n "__fish_natsx_using_subcommand bench; and __fish_seen_subcommand_from sub" -l duration -d 'Run for this long instead of a number of messages' -r
complete -c natsx -n "__fish_natsx_using_subcommand bench; and __fish_seen_subcommand_from sub" -l sleep -d 'Pause between messages of one client' -r
complete -c natsx -n "__fish_natsx_using_subcommand bench; and __fish_seen_subcommand_from sub" -l queue -d 'Join this queue group' -r
complete -c natsx -n "__fish_natsx_using_subcommand bench; and __fish_seen_subcommand_from sub" -l format -d 'Output format' -r -f -a "table\t''
json\t''
csv\t''"
complete -c natsx -n "__fish_natsx_using_subcommand bench; and __fish_seen_subcommand_from sub" -l csv -d 'Also write the results as CSV to this file (as `nats bench --csv FILE`)' -r -F
complete -c natsx -n "__fish_natsx_using_subcommand bench; and __fish_seen_subcommand_from sub" -l client -d 'Client for the throughput modes: `wire` is a lean protocol-level load generator (so the server, not the client, is measured); `async-nats` the official client' -r -f -a "wire\t''
async-nats\t''"
complete -c natsx -n "__fish_natsx_using_subcommand bench; and __fish_seen_subcommand_from sub" -s s -l server -d 'NATS server URLs, comma separated [default: the context\'s, else nats://127.0.0.1:4222]' -r
complete -c natsx -n "__fish_natsx_using_subcommand bench; and __fish_seen_subcommand_from sub" -l context -d 'The connection context to use (`natsx context`), instead of the selected one' -r
complete -c natsx -n "__fish_natsx_using_subcommand bench; and __fish_seen_subcommand_from sub" -l user -d 'Username or token' -r
complete -c natsx -n "__fish_natsx_using_subcommand bench; and __fish_seen_subcommand_from sub" -l password -d 'Password' -r
complete -c natsx -n "__fish_natsx_using_subcommand bench; and __fish_seen_subcommand_from sub" -l token -d 'Authentication token' -r
complete -c natsx -n "__fish_natsx_using_subcommand bench; and __fish_seen_subcommand_from sub" -l creds -d 'User credentials file (JWT and seed)' -r -F
complete -c natsx -n "__fish_natsx_using_subcommand bench; and __fish_seen_subcommand_from sub" -l nkey -d 'NKey seed file' -r -F
complete -c natsx -n "__fish_natsx_using_subcommand bench; and __fish_seen_subcommand_from sub" -l timeout -d 'Time to wait on connect and on responses (e.g. 5s, 500ms)' -r
complete -c natsx -n "__fish_natsx_using_subcommand bench; and __fish_seen_subcommand_from sub" -l connection-name -d 'Name of this connection, as the server shows it' -r
complete -c natsx -n "__fish_natsx_using_subcommand bench; and __fish_seen_subcommand_from sub" -l tlscert -d 'TLS client certificate file (with --tlskey)' -r -F
complete -c natsx -n "__fish_natsx_using_subcommand bench; and __fish_seen_subcommand_from sub" -l tlskey -d 'TLS client key file' -r -F
complete -c natsx -n "__fish_natsx_using_subcommand bench; and __fish_seen_subcommand_from sub" -l tlsca -d 'CA file that signed the server\'s certificate (TLS is then required)' -r -F
complete -c natsx -n "__fish_natsx_using_subcommand bench; and __fish_seen_subcommand_from sub" -l multisubject -d 'Publish each message on its own subject (`SUBJECT.<n>`); subscribers use `SUBJECT.>`'
complete -c natsx -n "__fish_natsx_using_subcommand bench; and __fish_seen_subcommand_from sub" -l json -d 'Shorthand for --format json'
complete -c natsx -n "__fish_natsx_using_subcommand bench; and __fish_seen_subcommand_from sub" -l no-progress -d 'No progress bar (it is also off when stderr is not a terminal)'
complete -c natsx -n "__fish_natsx_using_subcommand bench; and __fish_seen_subcommand_from sub" -l tlsfirst -d 'Start TLS before the server\'s INFO (for servers with handshake_first)'
complete -c natsx -n "__fish_natsx_using_subcommand bench; and __fish_seen_subcommand_from sub" -s h -l help -d 'Print help'
complete -c natsx -n "__fish_natsx_using_subcommand bench; and __fish_seen_subcommand_from sub" -s V -l version -d 'Print version'
complete -c natsx -n "__fish_natsx_using_subcommand bench; and __fish_seen_subcommand_from pubsub" -l clients -d 'Number of concurrent clients (connections)' -r
complete -c natsx -n "__fish_natsx_using_subcommand bench; and __fish_seen_subcommand_from pubsub" -l msgs -d 'Total number of messages, split across the clients' -r
complete -c natsx -n "__fish_natsx_using_subcommand bench; and __fish_seen_subcommand_from pubsub" -l size -d 'Message size (bytes, or with a unit: 1KB, 64KiB, 1MB)' -r
complete -c natsx -n "__fish_natsx_using_subcommand bench; and __fish_seen_subcommand_from pubsub" -l duration -d 'Run for this long instead of a number of messages' -r
complete -c natsx -n "__fish_natsx_using_subcommand bench; and __fish_seen_subcommand_from pubsub" -l sleep -d 'Pause between messages of one client' -r
complete -c natsx -n "__fish_natsx_using_subcommand bench; and __fish_seen_subcommand_from pubsub" -l subs -d 'Number of subscribers (each gets every message, unless --queue)' -r
complete -c natsx -n "__fish_natsx_using_subcommand bench; and __fish_seen_subcommand_from pubsub" -l queue -d 'Subscribers form this queue group (each message goes to one of them)' -r
complete -c natsx -n "__fish_natsx_using_subcommand bench; and __fish_seen_subcommand_from pubsub" -l sub-server -d 'Subscribers connect to this server instead (another member of the cluster), so every message crosses a route; publishing starts once the publishers\' server knows of them' -r
complete -c natsx -n "__fish_natsx_using_subcommand bench; and __fish_seen_subcommand_from pubsub" -l format -d 'Output format' -r -f -a "table\t''
json\t''
csv\t''"
complete -c natsx -n "__fish_natsx_using_subcommand bench; and __fish_seen_subcommand_from pubsub" -l csv -d 'Also write the results as CSV to this file (as `nats bench --csv FILE`)' -r -F
complete -c natsx -n "__fish_natsx_using_subcommand bench; and __fish_seen_subcommand_from pubsub" -l client -d 'Client for the throughput modes: `wire` is a lean protocol-level load generator (so the server, not the client, is measured); `async-nats` the official client' -r -f -a "wire\t''
async-nats\t''"
complete -c natsx -n "__fish_natsx_using_subcommand bench; and __fish_seen_subcommand_from pubsub" -s s -l server -d 'NATS server URLs, comma separated [default: the context\'s, else nats://127.0.0.1:4222]' -r
complete -c natsx -n "__fish_natsx_using_subcommand bench; and __fish_seen_subcommand_from pubsub" -l context -d 'The connection context to use (`natsx context`), instead of the selected one' -r
complete -c natsx -n "__fish_natsx_using_subcommand bench; and __fish_seen_subcommand_from pubsub" -l user -d 'Username or token' -r
complete -c natsx -n "__fish_natsx_using_subcommand bench; and __fish_seen_subcommand_from pubsub" -l password -d 'Password' -r
complete -c natsx -n "__fish_natsx_using_subcommand bench; and __fish_seen_subcommand_from pubsub" -l token -d 'Authentication token' -r
complete -c natsx -n "__fish_natsx_using_subcommand bench; and __fish_seen_subcommand_from pubsub" -l creds -d 'User credentials file (JWT and seed)' -r -F
complete -c natsx -n "__fish_natsx_using_subcommand bench; and __fish_seen_subcommand_from pubsub" -l nkey -d 'NKey seed file' -r -F
complete -c natsx -n "__fish_natsx_using_subcommand bench; and __fish_seen_subcommand_from pubsub" -l timeout -d 'Time to wait on connect and on responses (e.g. 5s, 500ms)' -r
complete -c natsx -n "__fish_natsx_using_subcommand bench; and __fish_seen_subcommand_from pubsub" -l connection-name -d 'Name of this connection, as the server shows it' -r
complete -c natsx -n "__fish_natsx_using_subcommand bench; and __fish_seen_subcommand_from pubsub" -l tlscert -d 'TLS client certificate file (with --tlskey)' -r -F
complete -c natsx -n "__fish_natsx_using_subcommand bench; and __fish_seen_subcommand_from pubsub" -l tlskey -d 'TLS client key file' -r -F
complete -c natsx -n "__fish_natsx_using_subcommand bench; and __fish_seen_subcommand_from pubsub" -l tlsca -d 'CA file that signed the server\'s certificate (TLS is then required)' -r -F
complete -c natsx -n "__fish_natsx_using_subcommand bench; and __fish_seen_subcommand_from pubsub" -l multisubject -d 'Publish each message on its own subject (`SUBJECT.<n>`); subscribers use `SUBJECT.>`'
complete -c natsx -n "__fish_natsx_using_subcommand bench; and __fish_seen_subcommand_from pubsub" -l json -d 'Shorthand for --format json'
complete -c natsx -n "__fish_natsx_using_subcommand bench; and __fish_seen_subcommand_from pubsub" -l no-progress -d 'No progress bar (it is also off when stderr is not a terminal)'
complete -c natsx -n "__fish_natsx_using_subcommand bench; and __fish_seen_subcommand_from pubsub" -l tlsfirst -d 'Start TLS before the server\'s INFO (for servers with handshake_first)'
complete -c natsx -n "__fish_natsx_using_subcommand bench; and __fish_seen_subcommand_from pubsub" -s h -l help -d 'Print help'
complete -c natsx -n "__fish_natsx_using_subcommand bench; and __fish_seen_subcommand_from pubsub" -s V -l version -d 'Print version'
complete -c natsx -n "__fish_natsx_using_subcommand bench; and __fish_seen_subcommand_from service" -l format -d 'Output format' -r -f -a "table\t''
json\t''
csv\t''"
complete -c natsx -n "__fish_natsx_using_subcommand bench; and __fish_seen_subcommand_from service" -l csv -d 'Also write the results as CSV to this file (as `nats bench --csv FILE`)' -r -F
complete -c natsx -n "__fish_natsx_using_subcommand bench; and __fish_seen_subcommand_from service" -l client -d 'Client for the throughput modes: `wire` is a lean protocol-level load generator (so the server, not the client, is measured); `async-nats` the official client' -r -f -a "wire\t''
async-nats\t''"
complete -c natsx -n "__fish_natsx_using_subcommand bench; and __fish_seen_subcommand_from service" -s s -l server -d 'NATS server URLs, comma separated [default: the context\'s, else nats://127.0.0.1:4222]' -r
complete -c natsx -n "__fish_natsx_using_subcommand bench; and __fish_seen_subcommand_from service" -l context -d 'The connection context to use (`natsx context`), instead of the selected one' -r
complete -c natsx -n "__fish_natsx_using_subcommand bench; and __fish_seen_subcommand_from service" -l user -d 'Username or token' -r
complete -c natsx -n "__fish_natsx_using_subcommand bench; and __fish_seen_subcommand_from service" -l password -d 'Password' -r
complete -c natsx -n "__fish_natsx_using_subcommand bench; and __fish_seen_subcommand_from service" -l token -d 'Authentication token' -r
complete -c natsx -n "__fish_natsx_using_subcommand bench; and __fish_seen_subcommand_from service" -l creds -d 'User credentials file (JWT and seed)' -r -F
complete -c natsx -n "__fish_natsx_using_subcommand bench; and __fish_seen_subcommand_from service" -l nkey -d 'NKey seed file' -r -F
complete -c natsx -n "__fish_natsx_using_subcommand bench; and __fish_seen_subcommand_from service" -l timeout -d 'Time to wait on connect and on responses (e.g. 5s, 500ms)' -r
complete -c natsx -n "__fish_natsx_using_subcommand bench; and __fish_seen_subcommand_from service" -l connection-name -d 'Name of this connection, as the server shows it' -r
complete -c natsx -n "__fish_natsx_using_subcommand bench; and __fish_seen_subcommand_from service" -l tlscert -d 'TLS client certificate file (with --tlskey)' -r -F
complete -c natsx -n "__fish_natsx_using_subcommand bench; and __fish_seen_subcommand_from service" -l tlskey -d 'TLS client key file' -r -F
complete -c natsx -n "__fish_natsx_using_subcommand bench; and __fish_seen_subcommand_from service" -l tlsca -d 'CA file that signed the server\'s certificate (TLS is then required)' -r -F
complete -c natsx -n "__fish_natsx_using_subcommand bench; and __fish_seen_subcommand_from service" -l json -d 'Shorthand for --format json'
complete -c natsx -n "__fish_natsx_using_subcommand bench; and __fish_seen_subcommand_from service" -l no-progress -d 'No progress bar (it is also off when stderr is not a terminal)'
complete -c natsx -n "__fish_natsx_using_subcommand bench; and __fish_seen_subcommand_from service" -l tlsfirst -d 'Start TLS before the server\'s INFO (for servers with handshake_first)'
complete -c natsx -n "__fish_natsx_using_subcommand bench; and __fish_seen_subcommand_from service" -s h -l help -d 'Print help'
complete -c natsx -n "__fish_natsx_using_subcommand bench; and __fish_seen_subcommand_from service" -s V -l version -d 'Print version'
complete -c natsx -n "__fish_natsx_using_subcommand bench; and __fish_seen_subcommand_from service" -f -a "serve" -d 'Answer requests with a reply of --size bytes until stopped'
complete -c natsx -n "__fish_natsx_using_subcommand bench; and __fish_seen_subcommand_from service" -f -a "request" -d 'Send requests and measure round-trip latency and throughput'
complete -c natsx -n "__fish_natsx_using_subcommand bench; and __fish_seen_subcommand_from service" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c natsx -n "__fish_natsx_using_subcommand bench; and __fish_seen_subcommand_from js" -l format -d 'Output format' -r -f -a "table\t''
json\t''
csv\t''"
complete -c natsx -n "__fish_natsx_using_subcommand bench; and __fish_seen_subcommand_from js" -l csv -d 'Also write the results as CSV to this file (as `nats bench --csv FILE`)' -r -F
complete -c natsx -n "__fish_natsx_using_subcommand bench; and __fish_seen_subcommand_from js" -l client -d 'Client for the throughput modes: `wire` is a lean protocol-level load generator (so the server, not the client, is measured); `async-nats` the official client' -r -f -a "wire\t''
async-nats\t''"
complete -c natsx -n "__fish_natsx_using_subcommand bench; and __fish_seen_subcommand_from js" -s s -l server -d 'NATS server URLs, comma separated [default: the context\'s, else nats://127.0.0.1:4222]' -r
complete -c natsx -n "__fish_natsx_using_subcommand bench; and __fish_seen_subcommand_from js" -l context -d 'The connection context to use (`natsx context`), instead of the selected one' -r
complete -c natsx -n "__fish_natsx_using_subcommand bench; and __fish_seen_subcommand_from js" -l user -d 'Username or token' -r
complete -c natsx -n "__fish_natsx_using_subcommand bench; and __fish_seen_subcommand_from js" -l password -d 'Password' -r
complete -c natsx -n "__fish_natsx_using_subcommand bench; and __fish_seen_subcommand_from js" -l token -d 'Authentication token' -r
complete -c natsx -n "__fish_natsx_using_subcommand bench; and __fish_seen_subcommand_from js" -l creds -d 'User credentials file (JWT and seed)' -r -F
complete -c natsx -n "__fish_natsx_using_subcommand bench; and __fish_seen_subcommand_from js" -l nkey -d 'NKey seed file' -r -F
complete -c natsx -n "__fish_natsx_using_subcommand bench; and __fish_seen_subcommand_from js" -l timeout -d 'Time to wait on connect and on responses (e.g. 5s, 500ms)' -r
complete -c natsx -n "__fish_natsx_using_subcommand bench; and __fish_seen_subcommand_from js" -l connection-name -d 'Name of this connection, as the server shows it' -r
complete -c natsx -n "__fish_natsx_using_subcommand bench; and __fish_seen_subcommand_from js" -l tlscert -d 'TLS client certificate file (with --tlskey)' -r -F
complete -c natsx -n "__fish_natsx_using_subcommand bench; and __fish_seen_subcommand_from js" -l tlskey -d 'TLS client key file' -r -F
complete -c natsx -n "__fish_natsx_using_subcommand bench; and __fish_seen_subcommand_from js" -l tlsca -d 'CA file that signed the server\'s certificate (TLS is then required)' -r -F
complete -c natsx -n "__fish_natsx_using_subcommand bench; and __fish_seen_subcommand_from js" -l json -d 'Shorthand for --format json'
complete -c natsx -n "__fish_natsx_using_subcommand bench; and __fish_seen_subcommand_from js" -l no-progress -d 'No progress bar (it is also off when stderr is not a terminal)'
complete -c natsx -n "__fish_natsx_using_subcommand bench; and __fish_seen_subcommand_from js" -l tlsfirst -d 'Start TLS before the server\'s INFO (for servers with handshake_first)'
complete -c natsx -n "__fish_natsx_using_subcommand bench; and __fish_seen_subcommand_from js" -s h -l help -d 'Print help'
complete -c natsx -n "__fish_natsx_using_subcommand bench; and __fish_seen_subcommand_from js" -s V -l version -d 'Print version'
complete -c natsx -n "__fish_natsx_using_subcommand bench; and __fish_seen_subcommand_from js" -f -a "pub" -d 'Publish to a stream and wait for the acknowledgements'
complete -c natsx -n "__fish_natsx_using_subcommand bench; and __fish_seen_subcommand_from js" -f -a "consume" -d 'Consume a stream through a pull or push consumer, acknowledging each message'
complete -c natsx -n "__fish_natsx_using_subcommand bench; and __fish_seen_subcommand_from js" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c natsx -n "__fish_natsx_using_subcommand bench; and __fish_seen_subcommand_from kv" -l format -d 'Output format' -r -f -a "table\t''
json\t''
csv\t''"
complete -c natsx -n "__fish_natsx_using_subcommand bench; and __fish_seen_subcommand_from kv" -l csv -d 'Also write the results as CSV to this file (as `nats bench --csv FILE`)' -r -F
complete -c natsx -n "__fish_natsx_using_subcommand bench; and __fish_seen_subcommand_from kv" -l client -d 'Client for the throughput modes: `wire` is a lean protocol-level load generator (so the server, not the client, is measured); `async-nats` the official client' -r -f -a "wire\t''
async-nats\t''"
complete -c natsx -n "__fish_natsx_using_subcommand bench; and __fish_seen_subcommand_from kv" -s s -l server -d 'NATS server URLs, comma separated [default: the context\'s, else nats://127.0.0.1:4222]' -r
complete -c natsx -n "__fish_natsx_using_subcommand bench; and __fish_seen_subcommand_from kv" -l context -d 'The connection context to use (`natsx context`), instead of the selected one' -r
complete -c natsx -n "__fish_natsx_using_subcommand bench; and __fish_seen_subcommand_from kv" -l user -d 'Username or token' -r
complete -c natsx -n "__fish_natsx_using_subcommand bench; and __fish_seen_subcommand_from kv" -l password -d 'Password' -r
complete -c natsx -n "__fish_natsx_using_subcommand bench; and __fish_seen_subcommand_from kv" -l token -d 'Authentication token' -r
complete -c natsx -n "__fish_natsx_using_subcommand bench; and __fish_seen_subcommand_from kv" -l creds -d 'User credentials file (JWT and seed)' -r -F
complete -c natsx -n "__fish_natsx_using_subcommand bench; and __fish_seen_subcommand_from kv" -l nkey -d 'NKey seed file' -r -F
complete -c natsx -n "__fish_natsx_using_subcommand bench; and __fish_seen_subcommand_from kv" -l timeout -d 'Time to wait on connect and on responses (e.g. 5s, 500ms)' -r
complete -c natsx -n "__fish_natsx_using_subcommand bench; and __fish_seen_subcommand_from kv" -l connection-name -d 'Name of this connection, as the server shows it' -r
complete -c natsx -n "__fish_natsx_using_subcommand bench; and __fish_seen_subcommand_from kv" -l tlscert -d 'TLS client certificate file (with --tlskey)' -r -F
complete -c natsx -n "__fish_natsx_using_subcommand bench; and __fish_seen_subcommand_from kv" -l tlskey -d 'TLS client key file' -r -F
complete -c natsx -n "__fish_natsx_using_subcommand bench; and __fish_seen_subcommand_from kv" -l tlsca -d 'CA file that signed the server\'s certificate (TLS is then required)' -r -F
complete -c natsx -n "__fish_natsx_using_subcommand bench; and __fish_seen_subcommand_from kv" -l json -d 'Shorthand for --format json'
complete -c natsx -n "__fish_natsx_using_subcommand bench; and __fish_seen_subcommand_from kv" -l no-progress -d 'No progress bar (it is also off when stderr is not a terminal)'
complete -c natsx -n "__fish_natsx_using_subcommand bench; and __fish_seen_subcommand_from kv" -l tlsfirst -d 'Start TLS before the server\'s INFO (for servers with handshake_first)'
complete -c natsx -n "__fish_natsx_using_subcommand bench; and __fish_seen_subcommand_from kv" -s h -l help -d 'Print help'
complete -c natsx -n "__fish_natsx_using_subcommand bench; and __fish_seen_subcommand_from kv" -s V -l version -d 'Print version'
complete -c natsx -n "__fish_natsx_using_subcommand bench; and __fish_seen_subcommand_from kv" -f -a "put" -d 'Put values (each put waits for its revision)'
complete -c natsx -n "__fish_natsx_using_subcommand bench; and __fish_seen_subcommand_from kv" -f -a "get" -d 'Get values written by `bench kv put`'
complete -c natsx -n "__fish_natsx_using_subcommand bench; and __fish_seen_subcommand_from kv" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c natsx -n "__fish_natsx_using_subcommand bench; and __fish_seen_subcommand_from obj" -l format -d 'Output format' -r -f -a "table\t''
json\t''
csv\t''"
complete -c natsx -n "__fish_natsx_using_subcommand bench; and __fish_seen_subcommand_from obj" -l csv -d 'Also write the results as CSV to this file (as `nats bench --csv FILE`)' -r -F
complete -c natsx -n "__fish_natsx_using_subcommand bench; and __fish_seen_subcommand_from obj" -l client -d 'Client for the throughput modes: `wire` is a lean protocol-level load generator (so the server, not the client, is measured); `async-nats` the official client' -r -f -a "wire\t''
async-nats\t''"
complete -c natsx -n "__fish_natsx_using_subcommand bench; and __fish_seen_subcommand_from obj" -s s -l server -d 'NATS server URLs, comma separated [default: the context\'s, else nats://127.0.0.1:4222]' -r
complete -c natsx -n "__fish_natsx_using_subcommand bench; and __fish_seen_subcommand_from obj" -l context -d 'The connection context to use (`natsx context`), instead of the selected one' -r
complete -c natsx -n "__fish_natsx_using_subcommand bench; and __fish_seen_subcommand_from obj" -l user -d 'Username or token' -r
complete -c natsx -n "__fish_natsx_using_subcommand bench; and __fish_seen_subcommand_from obj" -l password -d 'Password' -r
complete -c natsx -n "__fish_natsx_using_subcommand bench; and __fish_seen_subcommand_from obj" -l token -d 'Authentication token' -r
complete -c natsx -n "__fish_natsx_using_subcommand bench; and __fish_seen_subcommand_from obj" -l creds -d 'User credentials file (JWT and seed)' -r -F
complete -c natsx -n "__fish_natsx_using_subcommand bench; and __fish_seen_subcommand_from obj" -l nkey -d 'NKey seed file' -r -F
complete -c natsx -n "__fish_natsx_using_subcommand bench; and __fish_seen_subcommand_from obj" -l timeout -d 'Time to wait on connect and on responses (e.g. 5s, 500ms)' -r
complete -c natsx -n "__fish_natsx_using_subcommand bench; and __fish_seen_subcommand_from obj" -l connection-name -d 'Name of this connection, as the server shows it' -r
complete -c natsx -n "__fish_natsx_using_subcommand bench; and __fish_seen_subcommand_from obj" -l tlscert -d 'TLS client certificate file (with --tlskey)' -r -F
complete -c natsx -n "__fish_natsx_using_subcommand bench; and __fish_seen_subcommand_from obj" -l tlskey -d 'TLS client key file' -r -F
complete -c natsx -n "__fish_natsx_using_subcommand bench; and __fish_seen_subcommand_from obj" -l tlsca -d 'CA file that signed the server\'s certificate (TLS is then required)' -r -F
complete -c natsx -n "__fish_natsx_using_subcommand bench; and __fish_seen_subcommand_from obj" -l json -d 'Shorthand for --format json'
complete -c natsx -n "__fish_natsx_using_subcommand bench; and __fish_seen_subcommand_from obj" -l no-progress -d 'No progress bar (it is also off when stderr is not a terminal)'
complete -c natsx -n "__fish_natsx_using_subcommand bench; and __fish_seen_subcommand_from obj" -l tlsfirst -d 'Start TLS before the server\'s INFO (for servers with handshake_first)'
complete -c natsx -n "__fish_natsx_using_subcommand bench; and __fish_seen_subcommand_from obj" -s h -l help -d 'Print help'
complete -c natsx -n "__fish_natsx_using_subcommand bench; and __fish_seen_subcommand_from obj" -s V -l version -d 'Print version'
complete -c natsx -n "__fish_natsx_using_subcommand bench; and __fish_seen_subcommand_from obj" -f -a "put" -d 'Upload objects and measure MB/s'
complete -c natsx -n "__fish_natsx_using_subcommand bench; and __fish_seen_subcommand_from obj" -f -a "get" -d 'Download the objects `bench obj put` stored'
complete -c natsx -n "__fish_natsx_using_subcommand bench; and __fish_seen_subcommand_from obj" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c natsx -n "__fish_natsx_using_subcommand bench; and __fish_seen_subcommand_from idle" -l clients -d 'Number of connections to open' -r
complete -c natsx -n "__fish_natsx_using_subcommand bench; and __fish_seen_subcommand_from idle" -l subs -d 'Subscriptions per connection (on `SUBJECT.<client>.<n>`)' -r
complete -c natsx -n "__fish_natsx_using_subcommand bench; and __fish_seen_subcommand_from idle" -l subject -d 'Subject prefix for the subscriptions' -r
complete -c natsx -n "__fish_natsx_using_subcommand bench; and __fish_seen_subcommand_from idle" -l duration -d 'How long to hold them (default: until interrupted)' -r
complete -c natsx -n "__fish_natsx_using_subcommand bench; and __fish_seen_subcommand_from idle" -l format -d 'Output format' -r -f -a "table\t''
json\t''
csv\t''"
complete -c natsx -n "__fish_natsx_using_subcommand bench; and __fish_seen_subcommand_from idle" -l csv -d 'Also write the results as CSV to this file (as `nats bench --csv FILE`)' -r -F
complete -c natsx -n "__fish_natsx_using_subcommand bench; and __fish_seen_subcommand_from idle" -l client -d 'Client for the throughput modes: `wire` is a lean protocol-level load generator (so the server, not the client, is measured); `async-nats` the official client' -r -f -a "wire\t''
async-nats\t''"
complete -c natsx -n "__fish_natsx_using_subcommand bench; and __fish_seen_subcommand_from idle" -s s -l server -d 'NATS server URLs, comma separated [default: the context\'s, else nats://127.0.0.1:4222]' -r
complete -c natsx -n "__fish_natsx_using_subcommand bench; and __fish_seen_subcommand_from idle" -l context -d 'The connection context to use (`natsx context`), instead of the selected one' -r
complete -c natsx -n "__fish_natsx_using_subcommand bench; and __fish_seen_subcommand_from idle" -l user -d 'Username or token' -r
complete -c natsx -n "__fish_natsx_using_subcommand bench; and __fish_seen_subcommand_from idle" -l password -d 'Password' -r
complete -c natsx -n "__fish_natsx_using_subcommand bench; and __fish_seen_subcommand_from idle" -l token -d 'Authentication token' -r
complete -c natsx -n "__fish_natsx_using_subcommand bench; and __fish_seen_subcommand_from idle" -l creds -d 'User credentials file (JWT and seed)' -r -F
complete -c natsx -n "__fish_natsx_using_subcommand bench; and __fish_seen_subcommand_from idle" -l nkey -d 'NKey seed file' -r -F
complete -c natsx -n "__fish_natsx_using_subcommand bench; and __fish_seen_subcommand_from idle" -l timeout -d 'Time to wait on connect and on responses (e.g. 5s, 500ms)' -r
complete -c natsx -n "__fish_natsx_using_subcommand bench; and __fish_seen_subcommand_from idle" -l connection-name -d 'Name of this connection, as the server shows it' -r
complete -c natsx -n "__fish_natsx_using_subcommand bench; and __fish_seen_subcommand_from idle" -l tlscert -d 'TLS client certificate file (with --tlskey)' -r -F
complete -c natsx -n "__fish_natsx_using_subcommand bench; and __fish_seen_subcommand_from idle" -l tlskey -d 'TLS client key file' -r -F
complete -c natsx -n "__fish_natsx_using_subcommand bench; and __fish_seen_subcommand_from idle" -l tlsca -d 'CA file that signed the server\'s certificate (TLS is then required)' -r -F
complete -c natsx -n "__fish_natsx_using_subcommand bench; and __fish_seen_subcommand_from idle" -l json -d 'Shorthand for --format json'
complete -c natsx -n "__fish_natsx_using_subcommand bench; and __fish_seen_subcommand_from idle" -l no-progress -d 'No progress bar (it is also off when stderr is not a terminal)'
complete -c natsx -n "__fish_natsx_using_subcommand bench; and __fish_seen_subcommand_from idle" -l tlsfirst -d 'Start TLS before the server\'s INFO (for servers with handshake_first)'
complete -c natsx -n "__fish_natsx_using_subcommand bench; and __fish_seen_subcommand_from idle" -s h -l help -d 'Print help'
complete -c natsx -n "__fish_natsx_using_subcommand bench; and __fish_seen_subcommand_from idle" -s V -l version -d 'Print version'
complete -c natsx -n "__fish_natsx_using_subcommand bench; and __fish_seen_subcommand_from help" -f -a "pub" -d 'Publish messages and measure the publish rate'
complete -c natsx -n "__fish_natsx_using_subcommand bench; and __fish_seen_subcommand_from help" -f -a "sub" -d 'Subscribe and measure the receive rate (start it before `bench pub`)'
complete -c natsx -n "__fish_natsx_using_subcommand bench; and __fish_seen_subcommand_from help" -f -a "pubsub" -d 'Publishers and subscribers together in one run'
complete -c natsx -n "__fish_natsx_using_subcommand bench; and __fish_seen_subcommand_from help" -f -a "service" -d 'Request/reply: `serve` answers, `request` measures'
complete -c natsx -n "__fish_natsx_using_subcommand bench; and __fish_seen_subcommand_from help" -f -a "js" -d 'JetStream: publish with acknowledgements, consume through consumers'
complete -c natsx -n "__fish_natsx_using_subcommand bench; and __fish_seen_subcommand_from help" -f -a "kv" -d 'Key-Value: put and get'
complete -c natsx -n "__fish_natsx_using_subcommand bench; and __fish_seen_subcommand_from help" -f -a "obj" -d 'Object Store: put and get throughput'
complete -c natsx -n "__fish_natsx_using_subcommand bench; and __fish_seen_subcommand_from help" -f -a "idle" -d 'Hold idle connections and subscriptions open (for memory measurements)'
complete -c natsx -n "__fish_natsx_using_subcommand bench; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c natsx -n "__fish_natsx_using_subcommand stream; and not __fish_seen_subcommand_from add edit info ls rm purge get rmm view report help" -s s -l server -d 'NATS server URLs, comma separated [default: the context\'s, else nats://127.0.0.1:4222]' -r
complete -c natsx -n "__fish_natsx_using_subcommand stream; and not __fish_seen_subcommand_from add edit info ls rm purge get rmm view report help" -l context -d 'The connection context to use (`natsx context`), instead of the selected one' -r
complete -c natsx -n "__fish_natsx_using_subcommand stream; and not __fish_seen_subcommand_from add edit info ls rm purge get rmm view report help" -l user -d 'Username or token' -r
complete -c natsx -n "__fish_natsx_using_subcommand stream; and not __fish_seen_subcommand_from add edit info ls rm purge get rmm view report help" -l password -d 'Password' -r
complete -c natsx -n "__fish_natsx_using_subcommand stream; and not __fish_seen_subcommand_from add edit info ls rm purge get rmm view report help" -l token -d 'Authentication token' -r
complete -c natsx -n "__fish_natsx_using_subcommand stream; and not __fish_seen_subcommand_from add edit info ls rm purge get rmm view report help" -l creds -d 'User credentials file (JWT and seed)' -r -F
complete -c natsx -n "__fish_natsx_using_subcommand stream; and not __fish_seen_subcommand_from add edit info ls rm purge get rmm view report help" -l nkey -d 'NKey seed file' -r -F
complete -c natsx -n "__fish_natsx_using_subcommand stream; and not __fish_seen_subcommand_from add edit info ls rm purge get rmm view report help" -l timeout -d 'Time to wait on connect and on responses (e.g. 5s, 500ms)' -r
complete -c natsx -n "__fish_natsx_using_subcommand stream; and not __fish_seen_subcommand_from add edit info ls rm purge get rmm view report help" -l connection-name -d 'Name of this connection, as the server shows it' -r
complete -c natsx -n "__fish_natsx_using_subcommand stream; and not __fish_seen_subcommand_from add edit info ls rm purge get rmm view report help" -l tlscert -d 'TLS client certificate file (with --tlskey)' -r -F
complete -c natsx -n "__fish_natsx_using_subcommand stream; and not __fish_seen_subcommand_from add edit info ls rm purge get rmm view report help" -l tlskey -d 'TLS client key file' -r -F
complete -c natsx -n "__fish_natsx_using_subcommand stream; and not __fish_seen_subcommand_from add edit info ls rm purge get rmm view report help" -l tlsca -d 'CA file that signed the server\'s certificate (TLS is then required)' -r -F
complete -c natsx -n "__fish_natsx_using_subcommand stream; and not __fish_seen_subcommand_from add edit info ls rm purge get rmm view report help" -l tlsfirst -d 'Start TLS before the server\'s INFO (for servers with handshake_first)'
complete -c natsx -n "__fish_natsx_using_subcommand stream; and not __fish_seen_subcommand_from add edit info ls rm purge get rmm view report help" -s h -l help -d 'Print help'
complete -c natsx -n "__fish_natsx_using_subcommand stream; and not __fish_seen_subcommand_from add edit info ls rm purge get rmm view report help" -s V -l version -d 'Print version'
complete -c natsx -n "__fish_natsx_using_subcommand stream; and not __fish_seen_subcommand_from add edit info ls rm purge get rmm view report help" -f -a "add" -d 'Create a stream'
complete -c natsx -n "__fish_natsx_using_subcommand stream; and not __fish_seen_subcommand_from add edit info ls rm purge get rmm view report help" -f -a "edit" -d 'Change a stream\'s configuration'
complete -c natsx -n "__fish_natsx_using_subcommand stream; and not __fish_seen_subcommand_from add edit info ls rm purge get rmm view report help" -f -a "info" -d 'Show a stream\'s configuration and state'
complete -c natsx -n "__fish_natsx_using_subcommand stream; and not __fish_seen_subcommand_from add edit info ls rm purge get rmm view report help" -f -a "ls" -d 'List streams'
complete -c natsx -n "__fish_natsx_using_subcommand stream; and not __fish_seen_subcommand_from add edit info ls rm purge get rmm view report help" -f -a "rm" -d 'Delete a stream and all its messages'
complete -c natsx -n "__fish_natsx_using_subcommand stream; and not __fish_seen_subcommand_from add edit info ls rm purge get rmm view report help" -f -a "purge" -d 'Remove messages from a stream'
complete -c natsx -n "__fish_natsx_using_subcommand stream; and not __fish_seen_subcommand_from add edit info ls rm purge get rmm view report help" -f -a "get" -d 'Show one message'
complete -c natsx -n "__fish_natsx_using_subcommand stream; and not __fish_seen_subcommand_from add edit info ls rm purge get rmm view report help" -f -a "rmm" -d 'Delete one message'
complete -c natsx -n "__fish_natsx_using_subcommand stream; and not __fish_seen_subcommand_from add edit info ls rm purge get rmm view report help" -f -a "view" -d 'Show the messages of a stream'
complete -c natsx -n "__fish_natsx_using_subcommand stream; and not __fish_seen_subcommand_from add edit info ls rm purge get rmm view report help" -f -a "report" -d 'A table of every stream'
complete -c natsx -n "__fish_natsx_using_subcommand stream; and not __fish_seen_subcommand_from add edit info ls rm purge get rmm view report help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c natsx -n "__fish_natsx_using_subcommand stream; and __fish_seen_subcommand_from add" -l subjects -d 'Subjects the stream captures (repeatable or comma separated); defaults to the name' -r
complete -c natsx -n "__fish_natsx_using_subcommand stream; and __fish_seen_subcommand_from add" -l storage -d 'Storage: file or memory' -r
complete -c natsx -n "__fish_natsx_using_subcommand stream; and __fish_seen_subcommand_from add" -l retention -d 'Retention: limits, interest or workqueue' -r
complete -c natsx -n "__fish_natsx_using_subcommand stream; and __fish_seen_subcommand_from add" -l discard -d 'Discard policy when full: old or new' -r
complete -c natsx -n "__fish_natsx_using_subcommand stream; and __fish_seen_subcommand_from add" -l max-msgs -d 'Maximum number of messages (-1 unlimited)' -r
complete -c natsx -n "__fish_natsx_using_subcommand stream; and __fish_seen_subcommand_from add" -l max-msgs-per-subject -d 'Maximum messages per subject (-1 unlimited)' -r
complete -c natsx -n "__fish_natsx_using_subcommand stream; and __fish_seen_subcommand_from add" -l max-bytes -d 'Maximum total size (e.g. 1GB; -1 unlimited)' -r
complete -c natsx -n "__fish_natsx_using_subcommand stream; and __fish_seen_subcommand_from add" -l max-age -d 'Maximum message age (e.g. 1h, 7d; 0 unlimited)' -r
complete -c natsx -n "__fish_natsx_using_subcommand stream; and __fish_seen_subcommand_from add" -l max-msg-size -d 'Maximum message size (e.g. 1MB; -1 unlimited)' -r
complete -c natsx -n "__fish_natsx_using_subcommand stream; and __fish_seen_subcommand_from add" -l max-consumers -d 'Maximum consumers (-1 unlimited)' -r
complete -c natsx -n "__fish_natsx_using_subcommand stream; and __fish_seen_subcommand_from add" -l dupe-window -d 'Duplicate tracking window (e.g. 2m)' -r
complete -c natsx -n "__fish_natsx_using_subcommand stream; and __fish_seen_subcommand_from add" -l replicas -d 'Replicas' -r
complete -c natsx -n "__fish_natsx_using_subcommand stream; and __fish_seen_subcommand_from add" -l description -d 'Description' -r
complete -c natsx -n "__fish_natsx_using_subcommand stream; and __fish_seen_subcommand_from add" -l first-sequence -d 'First sequence of a new stream' -r
complete -c natsx -n "__fish_natsx_using_subcommand stream; and __fish_seen_subcommand_from add" -l compression -d 'Compression: none or s2' -r
complete -c natsx -n "__fish_natsx_using_subcommand stream; and __fish_seen_subcommand_from add" -l metadata -d 'Metadata as key=value (repeatable)' -r
complete -c natsx -n "__fish_natsx_using_subcommand stream; and __fish_seen_subcommand_from add" -l republish-source -d 'Republish stored messages: source subject filter' -r
complete -c natsx -n "__fish_natsx_using_subcommand stream; and __fish_seen_subcommand_from add" -l republish-destination -d 'Republish stored messages: destination subject' -r
complete -c natsx -n "__fish_natsx_using_subcommand stream; and __fish_seen_subcommand_from add" -l mirror -d 'Mirror another stream' -r
complete -c natsx -n "__fish_natsx_using_subcommand stream; and __fish_seen_subcommand_from add" -l source -d 'Source from other streams (repeatable)' -r
complete -c natsx -n "__fish_natsx_using_subcommand stream; and __fish_seen_subcommand_from add" -l config -d 'The whole configuration as JSON (flags given as well override it)' -r -F
complete -c natsx -n "__fish_natsx_using_subcommand stream; and __fish_seen_subcommand_from add" -s s -l server -d 'NATS server URLs, comma separated [default: the context\'s, else nats://127.0.0.1:4222]' -r
complete -c natsx -n "__fish_natsx_using_subcommand stream; and __fish_seen_subcommand_from add" -l context -d 'The connection context to use (`natsx context`), instead of the selected one' -r
complete -c natsx -n "__fish_natsx_using_subcommand stream; and __fish_seen_subcommand_from add" -l user -d 'Username or token' -r
complete -c natsx -n "__fish_natsx_using_subcommand stream; and __fish_seen_subcommand_from add" -l password -d 'Password' -r
complete -c natsx -n "__fish_natsx_using_subcommand stream; and __fish_seen_subcommand_from add" -l token -d 'Authentication token' -r
complete -c natsx -n "__fish_natsx_using_subcommand stream; and __fish_seen_subcommand_from add" -l creds -d 'User credentials file (JWT and seed)' -r -F
complete -c natsx -n "__fish_natsx_using_subcommand stream; and __fish_seen_subcommand_from add" -l nkey -d 'NKey seed file' -r -F
complete -c natsx -n "__fish_natsx_using_subcommand stream; and __fish_seen_subcommand_from add" -l timeout -d 'Time to wait on connect and on responses (e.g. 5s, 500ms)' -r
complete -c natsx -n "__fish_natsx_using_subcommand stream; and __fish_seen_subcommand_from add" -l connection-name -d 'Name of this connection, as the server shows it' -r
complete -c natsx -n "__fish_natsx_using_subcommand stream; and __fish_seen_subcommand_from add" -l tlscert -d 'TLS client certificate file (with --tlskey)' -r -F
complete -c natsx -n "__fish_natsx_using_subcommand stream; and __fish_seen_subcommand_from add" -l tlskey -d 'TLS client key file' -r -F
complete -c natsx -n "__fish_natsx_using_subcommand stream; and __fish_seen_subcommand_from add" -l tlsca -d 'CA file that signed the server\'s certificate (TLS is then required)' -r -F
complete -c natsx -n "__fish_natsx_using_subcommand stream; and __fish_seen_subcommand_from add" -l discard-per-subject -d 'Discard new messages per subject (with --discard new and --max-msgs-per-subject)'
complete -c natsx -n "__fish_natsx_using_subcommand stream; and __fish_seen_subcommand_from add" -l no-ack -d 'Do not acknowledge publishes'
complete -c natsx -n "__fish_natsx_using_subcommand stream; and __fish_seen_subcommand_from add" -l allow-rollup -d 'Allow Nats-Rollup headers'
complete -c natsx -n "__fish_natsx_using_subcommand stream; and __fish_seen_subcommand_from add" -l deny-delete -d 'Refuse message deletes'
complete -c natsx -n "__fish_natsx_using_subcommand stream; and __fish_seen_subcommand_from add" -l deny-purge -d 'Refuse purges'
complete -c natsx -n "__fish_natsx_using_subcommand stream; and __fish_seen_subcommand_from add" -l allow-direct -d 'Allow direct get'
complete -c natsx -n "__fish_natsx_using_subcommand stream; and __fish_seen_subcommand_from add" -l seal -d 'Seal the stream (edit only): no more writes, deletes or purges'
complete -c natsx -n "__fish_natsx_using_subcommand stream; and __fish_seen_subcommand_from add" -l republish-headers -d 'Republish only headers'
complete -c natsx -n "__fish_natsx_using_subcommand stream; and __fish_seen_subcommand_from add" -l json -d 'Print the server\'s JSON reply'
complete -c natsx -n "__fish_natsx_using_subcommand stream; and __fish_seen_subcommand_from add" -s f -l force -d 'Do not ask for confirmation (edit)'
complete -c natsx -n "__fish_natsx_using_subcommand stream; and __fish_seen_subcommand_from add" -l defaults -d 'Take the defaults for everything not given (`nats stream add --defaults`; natsx never prompts, so this only documents the intent)'
complete -c natsx -n "__fish_natsx_using_subcommand stream; and __fish_seen_subcommand_from add" -l tlsfirst -d 'Start TLS before the server\'s INFO (for servers with handshake_first)'
complete -c natsx -n "__fish_natsx_using_subcommand stream; and __fish_seen_subcommand_from add" -s h -l help -d 'Print help'
complete -c natsx -n "__fish_natsx_using_subcommand stream; and __fish_seen_subcommand_from add" -s V -l version -d 'Print version'
complete -c natsx -n "__fish_natsx_using_subcommand stream; and __fish_seen_subcommand_from edit" -l subjects -d 'Subjects the stream captures (repeatable or comma separated); defaults to the name' -r
complete -c natsx -n "__fish_natsx_using_subcommand stream; and __fish_seen_subcommand_from edit" -l storage -d 'Storage: file or memory' -r
complete -c natsx -n "__fish_natsx_using_subcommand stream; and __fish_seen_subcommand_from edit" -l retention -d 'Retention: limits, interest or workqueue' -r
complete -c natsx -n "__fish_natsx_using_subcommand stream; and __fish_seen_subcommand_from edit" -l discard -d 'Discard policy when full: old or new' -r
complete -c natsx -n "__fish_natsx_using_subcommand stream; and __fish_seen_subcommand_from edit" -l max-msgs -d 'Maximum number of messages (-1 unlimited)' -r
complete -c natsx -n "__fish_natsx_using_subcommand stream; and __fish_seen_subcommand_from edit" -l max-msgs-per-subject -d 'Maximum messages per subject (-1 unlimited)' -r
complete -c natsx -n "__fish_natsx_using_subcommand stream; and __fish_seen_subcommand_from edit" -l max-bytes -d 'Maximum total size (e.g. 1GB; -1 unlimited)' -r
complete -c natsx -n "__fish_natsx_using_subcommand stream; and __fish_seen_subcommand_from edit" -l max-age -d 'Maximum message age (e.g. 1h, 7d; 0 unlimited)' -r
complete -c natsx -n "__fish_natsx_using_subcommand stream; and __fish_seen_subcommand_from edit" -l max-msg-size -d 'Maximum message size (e.g. 1MB; -1 unlimited)' -r
complete -c natsx -n "__fish_natsx_using_subcommand stream; and __fish_seen_subcommand_from edit" -l max-consumers -d 'Maximum consumers (-1 unlimited)' -r
complete -c natsx -n "__fish_natsx_using_subcommand stream; and __fish_seen_subcommand_from edit" -l dupe-window -d 'Duplicate tracking window (e.g. 2m)' -r
complete -c natsx -n "__fish_natsx_using_subcommand stream; and __fish_seen_subcommand_from edit" -l replicas -d 'Replicas' -r
complete -c natsx -n "__fish_natsx_using_subcommand stream; and __fish_seen_subcommand_from edit" -l description -d 'Description' -r
complete -c natsx -n "__fish_natsx_using_subcommand stream; and __fish_seen_subcommand_from edit" -l first-sequence -d 'First sequence of a new stream' -r
complete -c natsx -n "__fish_natsx_using_subcommand stream; and __fish_seen_subcommand_from edit" -l compression -d 'Compression: none or s2' -r
complete -c natsx -n "__fish_natsx_using_subcommand stream; and __fish_seen_subcommand_from edit" -l metadata -d 'Metadata as key=value (repeatable)' -r
complete -c natsx -n "__fish_natsx_using_subcommand stream; and __fish_seen_subcommand_from edit" -l republish-source -d 'Republish stored messages: source subject filter' -r
complete -c natsx -n "__fish_natsx_using_subcommand stream; and __fish_seen_subcommand_from edit" -l republish-destination -d 'Republish stored messages: destination subject' -r
complete -c natsx -n "__fish_natsx_using_subcommand stream; and __fish_seen_subcommand_from edit" -l mirror -d 'Mirror another stream' -r
complete -c natsx -n "__fish_natsx_using_subcommand stream; and __fish_seen_subcommand_from edit" -l source -d 'Source from other streams (repeatable)' -r
complete -c natsx -n "__fish_natsx_using_subcommand stream; and __fish_seen_subcommand_from edit" -l config -d 'The whole configuration as JSON (flags given as well override it)' -r -F
complete -c natsx -n "__fish_natsx_using_subcommand stream; and __fish_seen_subcommand_from edit" -s s -l server -d 'NATS server URLs, comma separated [default: the context\'s, else nats://127.0.0.1:4222]' -r
complete -c natsx -n "__fish_natsx_using_subcommand stream; and __fish_seen_subcommand_from edit" -l context -d 'The connection context to use (`natsx context`), instead of the selected one' -r
complete -c natsx -n "__fish_natsx_using_subcommand stream; and __fish_seen_subcommand_from edit" -l user -d 'Username or token' -r
complete -c natsx -n "__fish_natsx_using_subcommand stream; and __fish_seen_subcommand_from edit" -l password -d 'Password' -r
complete -c natsx -n "__fish_natsx_using_subcommand stream; and __fish_seen_subcommand_from edit" -l token -d 'Authentication token' -r
complete -c natsx -n "__fish_natsx_using_subcommand stream; and __fish_seen_subcommand_from edit" -l creds -d 'User credentials file (JWT and seed)' -r -F
complete -c natsx -n "__fish_natsx_using_subcommand stream; and __fish_seen_subcommand_from edit" -l nkey -d 'NKey seed file' -r -F
complete -c natsx -n "__fish_natsx_using_subcommand stream; and __fish_seen_subcommand_from edit" -l timeout -d 'Time to wait on connect and on responses (e.g. 5s, 500ms)' -r
complete -c natsx -n "__fish_natsx_using_subcommand stream; and __fish_seen_subcommand_from edit" -l connection-name -d 'Name of this connection, as the server shows it' -r
complete -c natsx -n "__fish_natsx_using_subcommand stream; and __fish_seen_subcommand_from edit" -l tlscert -d 'TLS client certificate file (with --tlskey)' -r -F
complete -c natsx -n "__fish_natsx_using_subcommand stream; and __fish_seen_subcommand_from edit" -l tlskey -d 'TLS client key file' -r -F
complete -c natsx -n "__fish_natsx_using_subcommand stream; and __fish_seen_subcommand_from edit" -l tlsca -d 'CA file that signed the server\'s certificate (TLS is then required)' -r -F
complete -c natsx -n "__fish_natsx_using_subcommand stream; and __fish_seen_subcommand_from edit" -l discard-per-subject -d 'Discard new messages per subject (with --discard new and --max-msgs-per-subject)'
complete -c natsx -n "__fish_natsx_using_subcommand stream; and __fish_seen_subcommand_from edit" -l no-ack -d 'Do not acknowledge publishes'
complete -c natsx -n "__fish_natsx_using_subcommand stream; and __fish_seen_subcommand_from edit" -l allow-rollup -d 'Allow Nats-Rollup headers'
complete -c natsx -n "__fish_natsx_using_subcommand stream; and __fish_seen_subcommand_from edit" -l deny-delete -d 'Refuse message deletes'
complete -c natsx -n "__fish_natsx_using_subcommand stream; and __fish_seen_subcommand_from edit" -l deny-purge -d 'Refuse purges'
complete -c natsx -n "__fish_natsx_using_subcommand stream; and __fish_seen_subcommand_from edit" -l allow-direct -d 'Allow direct get'
complete -c natsx -n "__fish_natsx_using_subcommand stream; and __fish_seen_subcommand_from edit" -l seal -d 'Seal the stream (edit only): no more writes, deletes or purges'
complete -c natsx -n "__fish_natsx_using_subcommand stream; and __fish_seen_subcommand_from edit" -l republish-headers -d 'Republish only headers'
complete -c natsx -n "__fish_natsx_using_subcommand stream; and __fish_seen_subcommand_from edit" -l json -d 'Print the server\'s JSON reply'
complete -c natsx -n "__fish_natsx_using_subcommand stream; and __fish_seen_subcommand_from edit" -s f -l force -d 'Do not ask for confirmation (edit)'
complete -c natsx -n "__fish_natsx_using_subcommand stream; and __fish_seen_subcommand_from edit" -l defaults -d 'Take the defaults for everything not given (`nats stream add --defaults`; natsx never prompts, so this only documents the intent)'
complete -c natsx -n "__fish_natsx_using_subcommand stream; and __fish_seen_subcommand_from edit" -l tlsfirst -d 'Start TLS before the server\'s INFO (for servers with handshake_first)'
complete -c natsx -n "__fish_natsx_using_subcommand stream; and __fish_seen_subcommand_from edit" -s h -l help -d 'Print help'
complete -c natsx -n "__fish_natsx_using_subcommand stream; and __fish_seen_subcommand_from edit" -s V -l version -d 'Print version'
complete -c natsx -n "__fish_natsx_using_subcommand stream; and __fish_seen_subcommand_from info" -s s -l server -d 'NATS server URLs, comma separated [default: the context\'s, else nats://127.0.0.1:4222]' -r
complete -c natsx -n "__fish_natsx_using_subcommand stream; and __fish_seen_subcommand_from info" -l context -d 'The connection context to use (`natsx context`), instead of the selected one' -r
complete -c natsx -n "__fish_natsx_using_subcommand stream; and __fish_seen_subcommand_from info" -l user -d 'Username or token' -r
complete -c natsx -n "__fish_natsx_using_subcommand stream; and __fish_seen_subcommand_from info" -l password -d 'Password' -r
complete -c natsx -n "__fish_natsx_using_subcommand stream; and __fish_seen_subcommand_from info" -l token -d 'Authentication token' -r
complete -c natsx -n "__fish_natsx_using_subcommand stream; and __fish_seen_subcommand_from info" -l creds -d 'User credentials file (JWT and seed)' -r -F
complete -c natsx -n "__fish_natsx_using_subcommand stream; and __fish_seen_subcommand_from info" -l nkey -d 'NKey seed file' -r -F
complete -c natsx -n "__fish_natsx_using_subcommand stream; and __fish_seen_subcommand_from info" -l timeout -d 'Time to wait on connect and on responses (e.g. 5s, 500ms)' -r
complete -c natsx -n "__fish_natsx_using_subcommand stream; and __fish_seen_subcommand_from info" -l connection-name -d 'Name of this connection, as the server shows it' -r
complete -c natsx -n "__fish_natsx_using_subcommand stream; and __fish_seen_subcommand_from info" -l tlscert -d 'TLS client certificate file (with --tlskey)' -r -F
complete -c natsx -n "__fish_natsx_using_subcommand stream; and __fish_seen_subcommand_from info" -l tlskey -d 'TLS client key file' -r -F
complete -c natsx -n "__fish_natsx_using_subcommand stream; and __fish_seen_subcommand_from info" -l tlsca -d 'CA file that signed the server\'s certificate (TLS is then required)' -r -F
complete -c natsx -n "__fish_natsx_using_subcommand stream; and __fish_seen_subcommand_from info" -l json
complete -c natsx -n "__fish_natsx_using_subcommand stream; and __fish_seen_subcommand_from info" -l tlsfirst -d 'Start TLS before the server\'s INFO (for servers with handshake_first)'
complete -c natsx -n "__fish_natsx_using_subcommand stream; and __fish_seen_subcommand_from info" -s h -l help -d 'Print help'
complete -c natsx -n "__fish_natsx_using_subcommand stream; and __fish_seen_subcommand_from info" -s V -l version -d 'Print version'
complete -c natsx -n "__fish_natsx_using_subcommand stream; and __fish_seen_subcommand_from ls" -l subject -d 'Only streams capturing this subject' -r
complete -c natsx -n "__fish_natsx_using_subcommand stream; and __fish_seen_subcommand_from ls" -s s -l server -d 'NATS server URLs, comma separated [default: the context\'s, else nats://127.0.0.1:4222]' -r
complete -c natsx -n "__fish_natsx_using_subcommand stream; and __fish_seen_subcommand_from ls" -l context -d 'The connection context to use (`natsx context`), instead of the selected one' -r
complete -c natsx -n "__fish_natsx_using_subcommand stream; and __fish_seen_subcommand_from ls" -l user -d 'Username or token' -r
complete -c natsx -n "__fish_natsx_using_subcommand stream; and __fish_seen_subcommand_from ls" -l password -d 'Password' -r
complete -c natsx -n "__fish_natsx_using_subcommand stream; and __fish_seen_subcommand_from ls" -l token -d 'Authentication token' -r
complete -c natsx -n "__fish_natsx_using_subcommand stream; and __fish_seen_subcommand_from ls" -l creds -d 'User credentials file (JWT and seed)' -r -F
complete -c natsx -n "__fish_natsx_using_subcommand stream; and __fish_seen_subcommand_from ls" -l nkey -d 'NKey seed file' -r -F
complete -c natsx -n "__fish_natsx_using_subcommand stream; and __fish_seen_subcommand_from ls" -l timeout -d 'Time to wait on connect and on responses (e.g. 5s, 500ms)' -r
complete -c natsx -n "__fish_natsx_using_subcommand stream; and __fish_seen_subcommand_from ls" -l connection-name -d 'Name of this connection, as the server shows it' -r
complete -c natsx -n "__fish_natsx_using_subcommand stream; and __fish_seen_subcommand_from ls" -l tlscert -d 'TLS client certificate file (with --tlskey)' -r -F
complete -c natsx -n "__fish_natsx_using_subcommand stream; and __fish_seen_subcommand_from ls" -l tlskey -d 'TLS client key file' -r -F
complete -c natsx -n "__fish_natsx_using_subcommand stream; and __fish_seen_subcommand_from ls" -l tlsca -d 'CA file that signed the server\'s certificate (TLS is then required)' -r -F
complete -c natsx -n "__fish_natsx_using_subcommand stream; and __fish_seen_subcommand_from ls" -s n -l names -d 'Names only'
complete -c natsx -n "__fish_natsx_using_subcommand stream; and __fish_seen_subcommand_from ls" -l json
complete -c natsx -n "__fish_natsx_using_subcommand stream; and __fish_seen_subcommand_from ls" -l tlsfirst -d 'Start TLS before the server\'s INFO (for servers with handshake_first)'
complete -c natsx -n "__fish_natsx_using_subcommand stream; and __fish_seen_subcommand_from ls" -s h -l help -d 'Print help'
complete -c natsx -n "__fish_natsx_using_subcommand stream; and __fish_seen_subcommand_from ls" -s V -l version -d 'Print version'
complete -c natsx -n "__fish_natsx_using_subcommand stream; and __fish_seen_subcommand_from rm" -s s -l server -d 'NATS server URLs, comma separated [default: the context\'s, else nats://127.0.0.1:4222]' -r
complete -c natsx -n "__fish_natsx_using_subcommand stream; and __fish_seen_subcommand_from rm" -l context -d 'The connection context to use (`natsx context`), instead of the selected one' -r
complete -c natsx -n "__fish_natsx_using_subcommand stream; and __fish_seen_subcommand_from rm" -l user -d 'Username or token' -r
complete -c natsx -n "__fish_natsx_using_subcommand stream; and __fish_seen_subcommand_from rm" -l password -d 'Password' -r
complete -c natsx -n "__fish_natsx_using_subcommand stream; and __fish_seen_subcommand_from rm" -l token -d 'Authentication token' -r
complete -c natsx -n "__fish_natsx_using_subcommand stream; and __fish_seen_subcommand_from rm" -l creds -d 'User credentials file (JWT and seed)' -r -F
complete -c natsx -n "__fish_natsx_using_subcommand stream; and __fish_seen_subcommand_from rm" -l nkey -d 'NKey seed file' -r -F
complete -c natsx -n "__fish_natsx_using_subcommand stream; and __fish_seen_subcommand_from rm" -l timeout -d 'Time to wait on connect and on responses (e.g. 5s, 500ms)' -r
complete -c natsx -n "__fish_natsx_using_subcommand stream; and __fish_seen_subcommand_from rm" -l connection-name -d 'Name of this connection, as the server shows it' -r
complete -c natsx -n "__fish_natsx_using_subcommand stream; and __fish_seen_subcommand_from rm" -l tlscert -d 'TLS client certificate file (with --tlskey)' -r -F
complete -c natsx -n "__fish_natsx_using_subcommand stream; and __fish_seen_subcommand_from rm" -l tlskey -d 'TLS client key file' -r -F
complete -c natsx -n "__fish_natsx_using_subcommand stream; and __fish_seen_subcommand_from rm" -l tlsca -d 'CA file that signed the server\'s certificate (TLS is then required)' -r -F
complete -c natsx -n "__fish_natsx_using_subcommand stream; and __fish_seen_subcommand_from rm" -s f -l force
complete -c natsx -n "__fish_natsx_using_subcommand stream; and __fish_seen_subcommand_from rm" -l tlsfirst -d 'Start TLS before the server\'s INFO (for servers with handshake_first)'
complete -c natsx -n "__fish_natsx_using_subcommand stream; and __fish_seen_subcommand_from rm" -s h -l help -d 'Print help'
complete -c natsx -n "__fish_natsx_using_subcommand stream; and __fish_seen_subcommand_from rm" -s V -l version -d 'Print version'
complete -c natsx -n "__fish_natsx_using_subcommand stream; and __fish_seen_subcommand_from purge" -l subject -d 'Only messages on this subject' -r
complete -c natsx -n "__fish_natsx_using_subcommand stream; and __fish_seen_subcommand_from purge" -l seq -d 'Only messages below this sequence' -r
complete -c natsx -n "__fish_natsx_using_subcommand stream; and __fish_seen_subcommand_from purge" -l keep -d 'Keep this many of the newest messages' -r
complete -c natsx -n "__fish_natsx_using_subcommand stream; and __fish_seen_subcommand_from purge" -s s -l server -d 'NATS server URLs, comma separated [default: the context\'s, else nats://127.0.0.1:4222]' -r
complete -c natsx -n "__fish_natsx_using_subcommand stream; and __fish_seen_subcommand_from purge" -l context -d 'The connection context to use (`natsx context`), instead of the selected one' -r
complete -c natsx -n "__fish_natsx_using_subcommand stream; and __fish_seen_subcommand_from purge" -l user -d 'Username or token' -r
complete -c natsx -n "__fish_natsx_using_subcommand stream; and __fish_seen_subcommand_from purge" -l password -d 'Password' -r
complete -c natsx -n "__fish_natsx_using_subcommand stream; and __fish_seen_subcommand_from purge" -l token -d 'Authentication token' -r
complete -c natsx -n "__fish_natsx_using_subcommand stream; and __fish_seen_subcommand_from purge" -l creds -d 'User credentials file (JWT and seed)' -r -F
complete -c natsx -n "__fish_natsx_using_subcommand stream; and __fish_seen_subcommand_from purge" -l nkey -d 'NKey seed file' -r -F
complete -c natsx -n "__fish_natsx_using_subcommand stream; and __fish_seen_subcommand_from purge" -l timeout -d 'Time to wait on connect and on responses (e.g. 5s, 500ms)' -r
complete -c natsx -n "__fish_natsx_using_subcommand stream; and __fish_seen_subcommand_from purge" -l connection-name -d 'Name of this connection, as the server shows it' -r
complete -c natsx -n "__fish_natsx_using_subcommand stream; and __fish_seen_subcommand_from purge" -l tlscert -d 'TLS client certificate file (with --tlskey)' -r -F
complete -c natsx -n "__fish_natsx_using_subcommand stream; and __fish_seen_subcommand_from purge" -l tlskey -d 'TLS client key file' -r -F
complete -c natsx -n "__fish_natsx_using_subcommand stream; and __fish_seen_subcommand_from purge" -l tlsca -d 'CA file that signed the server\'s certificate (TLS is then required)' -r -F
complete -c natsx -n "__fish_natsx_using_subcommand stream; and __fish_seen_subcommand_from purge" -s f -l force
complete -c natsx -n "__fish_natsx_using_subcommand stream; and __fish_seen_subcommand_from purge" -l json
complete -c natsx -n "__fish_natsx_using_subcommand stream; and __fish_seen_subcommand_from purge" -l tlsfirst -d 'Start TLS before the server\'s INFO (for servers with handshake_first)'
complete -c natsx -n "__fish_natsx_using_subcommand stream; and __fish_seen_subcommand_from purge" -s h -l help -d 'Print help'
complete -c natsx -n "__fish_natsx_using_subcommand stream; and __fish_seen_subcommand_from purge" -s V -l version -d 'Print version'
complete -c natsx -n "__fish_natsx_using_subcommand stream; and __fish_seen_subcommand_from get" -l last-for -d 'The newest message on this subject instead' -r
complete -c natsx -n "__fish_natsx_using_subcommand stream; and __fish_seen_subcommand_from get" -s s -l server -d 'NATS server URLs, comma separated [default: the context\'s, else nats://127.0.0.1:4222]' -r
complete -c natsx -n "__fish_natsx_using_subcommand stream; and __fish_seen_subcommand_from get" -l context -d 'The connection context to use (`natsx context`), instead of the selected one' -r
complete -c natsx -n "__fish_natsx_using_subcommand stream; and __fish_seen_subcommand_from get" -l user -d 'Username or token' -r
complete -c natsx -n "__fish_natsx_using_subcommand stream; and __fish_seen_subcommand_from get" -l password -d 'Password' -r
complete -c natsx -n "__fish_natsx_using_subcommand stream; and __fish_seen_subcommand_from get" -l token -d 'Authentication token' -r
complete -c natsx -n "__fish_natsx_using_subcommand stream; and __fish_seen_subcommand_from get" -l creds -d 'User credentials file (JWT and seed)' -r -F
complete -c natsx -n "__fish_natsx_using_subcommand stream; and __fish_seen_subcommand_from get" -l nkey -d 'NKey seed file' -r -F
complete -c natsx -n "__fish_natsx_using_subcommand stream; and __fish_seen_subcommand_from get" -l timeout -d 'Time to wait on connect and on responses (e.g. 5s, 500ms)' -r
complete -c natsx -n "__fish_natsx_using_subcommand stream; and __fish_seen_subcommand_from get" -l connection-name -d 'Name of this connection, as the server shows it' -r
complete -c natsx -n "__fish_natsx_using_subcommand stream; and __fish_seen_subcommand_from get" -l tlscert -d 'TLS client certificate file (with --tlskey)' -r -F
complete -c natsx -n "__fish_natsx_using_subcommand stream; and __fish_seen_subcommand_from get" -l tlskey -d 'TLS client key file' -r -F
complete -c natsx -n "__fish_natsx_using_subcommand stream; and __fish_seen_subcommand_from get" -l tlsca -d 'CA file that signed the server\'s certificate (TLS is then required)' -r -F
complete -c natsx -n "__fish_natsx_using_subcommand stream; and __fish_seen_subcommand_from get" -l json
complete -c natsx -n "__fish_natsx_using_subcommand stream; and __fish_seen_subcommand_from get" -l tlsfirst -d 'Start TLS before the server\'s INFO (for servers with handshake_first)'
complete -c natsx -n "__fish_natsx_using_subcommand stream; and __fish_seen_subcommand_from get" -s h -l help -d 'Print help'
complete -c natsx -n "__fish_natsx_using_subcommand stream; and __fish_seen_subcommand_from get" -s V -l version -d 'Print version'
complete -c natsx -n "__fish_natsx_using_subcommand stream; and __fish_seen_subcommand_from rmm" -s s -l server -d 'NATS server URLs, comma separated [default: the context\'s, else nats://127.0.0.1:4222]' -r
complete -c natsx -n "__fish_natsx_using_subcommand stream; and __fish_seen_subcommand_from rmm" -l context -d 'The connection context to use (`natsx context`), instead of the selected one' -r
complete -c natsx -n "__fish_natsx_using_subcommand stream; and __fish_seen_subcommand_from rmm" -l user -d 'Username or token' -r
complete -c natsx -n "__fish_natsx_using_subcommand stream; and __fish_seen_subcommand_from rmm" -l password -d 'Password' -r
complete -c natsx -n "__fish_natsx_using_subcommand stream; and __fish_seen_subcommand_from rmm" -l token -d 'Authentication token' -r
complete -c natsx -n "__fish_natsx_using_subcommand stream; and __fish_seen_subcommand_from rmm" -l creds -d 'User credentials file (JWT and seed)' -r -F
complete -c natsx -n "__fish_natsx_using_subcommand stream; and __fish_seen_subcommand_from rmm" -l nkey -d 'NKey seed file' -r -F
complete -c natsx -n "__fish_natsx_using_subcommand stream; and __fish_seen_subcommand_from rmm" -l timeout -d 'Time to wait on connect and on responses (e.g. 5s, 500ms)' -r
complete -c natsx -n "__fish_natsx_using_subcommand stream; and __fish_seen_subcommand_from rmm" -l connection-name -d 'Name of this connection, as the server shows it' -r
complete -c natsx -n "__fish_natsx_using_subcommand stream; and __fish_seen_subcommand_from rmm" -l tlscert -d 'TLS client certificate file (with --tlskey)' -r -F
complete -c natsx -n "__fish_natsx_using_subcommand stream; and __fish_seen_subcommand_from rmm" -l tlskey -d 'TLS client key file' -r -F
complete -c natsx -n "__fish_natsx_using_subcommand stream; and __fish_seen_subcommand_from rmm" -l tlsca -d 'CA file that signed the server\'s certificate (TLS is then required)' -r -F
complete -c natsx -n "__fish_natsx_using_subcommand stream; and __fish_seen_subcommand_from rmm" -l no-erase -d 'Only remove, do not overwrite the stored bytes'
complete -c natsx -n "__fish_natsx_using_subcommand stream; and __fish_seen_subcommand_from rmm" -s f -l force
complete -c natsx -n "__fish_natsx_using_subcommand stream; and __fish_seen_subcommand_from rmm" -l tlsfirst -d 'Start TLS before the server\'s INFO (for servers with handshake_first)'
complete -c natsx -n "__fish_natsx_using_subcommand stream; and __fish_seen_subcommand_from rmm" -s h -l help -d 'Print help'
complete -c natsx -n "__fish_natsx_using_subcommand stream; and __fish_seen_subcommand_from rmm" -s V -l version -d 'Print version'
complete -c natsx -n "__fish_natsx_using_subcommand stream; and __fish_seen_subcommand_from view" -l subject -d 'Only messages on this subject' -r
complete -c natsx -n "__fish_natsx_using_subcommand stream; and __fish_seen_subcommand_from view" -l since -d 'Start at this sequence' -r
complete -c natsx -n "__fish_natsx_using_subcommand stream; and __fish_seen_subcommand_from view" -s n -l count -d 'Show at most this many messages' -r
complete -c natsx -n "__fish_natsx_using_subcommand stream; and __fish_seen_subcommand_from view" -s s -l server -d 'NATS server URLs, comma separated [default: the context\'s, else nats://127.0.0.1:4222]' -r
complete -c natsx -n "__fish_natsx_using_subcommand stream; and __fish_seen_subcommand_from view" -l context -d 'The connection context to use (`natsx context`), instead of the selected one' -r
complete -c natsx -n "__fish_natsx_using_subcommand stream; and __fish_seen_subcommand_from view" -l user -d 'Username or token' -r
complete -c natsx -n "__fish_natsx_using_subcommand stream; and __fish_seen_subcommand_from view" -l password -d 'Password' -r
complete -c natsx -n "__fish_natsx_using_subcommand stream; and __fish_seen_subcommand_from view" -l token -d 'Authentication token' -r
complete -c natsx -n "__fish_natsx_using_subcommand stream; and __fish_seen_subcommand_from view" -l creds -d 'User credentials file (JWT and seed)' -r -F
complete -c natsx -n "__fish_natsx_using_subcommand stream; and __fish_seen_subcommand_from view" -l nkey -d 'NKey seed file' -r -F
complete -c natsx -n "__fish_natsx_using_subcommand stream; and __fish_seen_subcommand_from view" -l timeout -d 'Time to wait on connect and on responses (e.g. 5s, 500ms)' -r
complete -c natsx -n "__fish_natsx_using_subcommand stream; and __fish_seen_subcommand_from view" -l connection-name -d 'Name of this connection, as the server shows it' -r
complete -c natsx -n "__fish_natsx_using_subcommand stream; and __fish_seen_subcommand_from view" -l tlscert -d 'TLS client certificate file (with --tlskey)' -r -F
complete -c natsx -n "__fish_natsx_using_subcommand stream; and __fish_seen_subcommand_from view" -l tlskey -d 'TLS client key file' -r -F
complete -c natsx -n "__fish_natsx_using_subcommand stream; and __fish_seen_subcommand_from view" -l tlsca -d 'CA file that signed the server\'s certificate (TLS is then required)' -r -F
complete -c natsx -n "__fish_natsx_using_subcommand stream; and __fish_seen_subcommand_from view" -l raw -d 'Bodies only'
complete -c natsx -n "__fish_natsx_using_subcommand stream; and __fish_seen_subcommand_from view" -l tlsfirst -d 'Start TLS before the server\'s INFO (for servers with handshake_first)'
complete -c natsx -n "__fish_natsx_using_subcommand stream; and __fish_seen_subcommand_from view" -s h -l help -d 'Print help'
complete -c natsx -n "__fish_natsx_using_subcommand stream; and __fish_seen_subcommand_from view" -s V -l version -d 'Print version'
complete -c natsx -n "__fish_natsx_using_subcommand stream; and __fish_seen_subcommand_from report" -s s -l server -d 'NATS server URLs, comma separated [default: the context\'s, else nats://127.0.0.1:4222]' -r
complete -c natsx -n "__fish_natsx_using_subcommand stream; and __fish_seen_subcommand_from report" -l context -d 'The connection context to use (`natsx context`), instead of the selected one' -r
complete -c natsx -n "__fish_natsx_using_subcommand stream; and __fish_seen_subcommand_from report" -l user -d 'Username or token' -r
complete -c natsx -n "__fish_natsx_using_subcommand stream; and __fish_seen_subcommand_from report" -l password -d 'Password' -r
complete -c natsx -n "__fish_natsx_using_subcommand stream; and __fish_seen_subcommand_from report" -l token -d 'Authentication token' -r
complete -c natsx -n "__fish_natsx_using_subcommand stream; and __fish_seen_subcommand_from report" -l creds -d 'User credentials file (JWT and seed)' -r -F
complete -c natsx -n "__fish_natsx_using_subcommand stream; and __fish_seen_subcommand_from report" -l nkey -d 'NKey seed file' -r -F
complete -c natsx -n "__fish_natsx_using_subcommand stream; and __fish_seen_subcommand_from report" -l timeout -d 'Time to wait on connect and on responses (e.g. 5s, 500ms)' -r
complete -c natsx -n "__fish_natsx_using_subcommand stream; and __fish_seen_subcommand_from report" -l connection-name -d 'Name of this connection, as the server shows it' -r
complete -c natsx -n "__fish_natsx_using_subcommand stream; and __fish_seen_subcommand_from report" -l tlscert -d 'TLS client certificate file (with --tlskey)' -r -F
complete -c natsx -n "__fish_natsx_using_subcommand stream; and __fish_seen_subcommand_from report" -l tlskey -d 'TLS client key file' -r -F
complete -c natsx -n "__fish_natsx_using_subcommand stream; and __fish_seen_subcommand_from report" -l tlsca -d 'CA file that signed the server\'s certificate (TLS is then required)' -r -F
complete -c natsx -n "__fish_natsx_using_subcommand stream; and __fish_seen_subcommand_from report" -l json
complete -c natsx -n "__fish_natsx_using_subcommand stream; and __fish_seen_subcommand_from report" -l tlsfirst -d 'Start TLS before the server\'s INFO (for servers with handshake_first)'
complete -c natsx -n "__fish_natsx_using_subcommand stream; and __fish_seen_subcommand_from report" -s h -l help -d 'Print help'
complete -c natsx -n "__fish_natsx_using_subcommand stream; and __fish_seen_subcommand_from report" -s V -l version -d 'Print version'
complete -c natsx -n "__fish_natsx_using_subcommand stream; and __fish_seen_subcommand_from help" -f -a "add" -d 'Create a stream'
complete -c natsx -n "__fish_natsx_using_subcommand stream; and __fish_seen_subcommand_from help" -f -a "edit" -d 'Change a stream\'s configuration'
complete -c natsx -n "__fish_natsx_using_subcommand stream; and __fish_seen_subcommand_from help" -f -a "info" -d 'Show a stream\'s configuration and state'
complete -c natsx -n "__fish_natsx_using_subcommand stream; and __fish_seen_subcommand_from help" -f -a "ls" -d 'List streams'
complete -c natsx -n "__fish_natsx_using_subcommand stream; and __fish_seen_subcommand_from help" -f -a "rm" -d 'Delete a stream and all its messages'
complete -c natsx -n "__fish_natsx_using_subcommand stream; and __fish_seen_subcommand_from help" -f -a "purge" -d 'Remove messages from a stream'
complete -c natsx -n "__fish_natsx_using_subcommand stream; and __fish_seen_subcommand_from help" -f -a "get" -d 'Show one message'
complete -c natsx -n "__fish_natsx_using_subcommand stream; and __fish_seen_subcommand_from help" -f -a "rmm" -d 'Delete one message'
complete -c natsx -n "__fish_natsx_using_subcommand stream; and __fish_seen_subcommand_from help" -f -a "view" -d 'Show the messages of a stream'
complete -c natsx -n "__fish_natsx_using_subcommand stream; and __fish_seen_subcommand_from help" -f -a "report" -d 'A table of every stream'
complete -c natsx -n "__fish_natsx_using_subcommand stream; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c natsx -n "__fish_natsx_using_subcommand consumer; and not __fish_seen_subcommand_from add edit info ls rm next sub help" -s s -l server -d 'NATS server URLs, comma separated [default: the context\'s, else nats://127.0.0.1:4222]' -r
complete -c natsx -n "__fish_natsx_using_subcommand consumer; and not __fish_seen_subcommand_from add edit info ls rm next sub help" -l context -d 'The connection context to use (`natsx context`), instead of the selected one' -r
complete -c natsx -n "__fish_natsx_using_subcommand consumer; and not __fish_seen_subcommand_from add edit info ls rm next sub help" -l user -d 'Username or token' -r
complete -c natsx -n "__fish_natsx_using_subcommand consumer; and not __fish_seen_subcommand_from add edit info ls rm next sub help" -l password -d 'Password' -r
complete -c natsx -n "__fish_natsx_using_subcommand consumer; and not __fish_seen_subcommand_from add edit info ls rm next sub help" -l token -d 'Authentication token' -r
complete -c natsx -n "__fish_natsx_using_subcommand consumer; and not __fish_seen_subcommand_from add edit info ls rm next sub help" -l creds -d 'User credentials file (JWT and seed)' -r -F
complete -c natsx -n "__fish_natsx_using_subcommand consumer; and not __fish_seen_subcommand_from add edit info ls rm next sub help" -l nkey -d 'NKey seed file' -r -F
complete -c natsx -n "__fish_natsx_using_subcommand consumer; and not __fish_seen_subcommand_from add edit info ls rm next sub help" -l timeout -d 'Time to wait on connect and on responses (e.g. 5s, 500ms)' -r
complete -c natsx -n "__fish_natsx_using_subcommand consumer; and not __fish_seen_subcommand_from add edit info ls rm next sub help" -l connection-name -d 'Name of this connection, as the server shows it' -r
complete -c natsx -n "__fish_natsx_using_subcommand consumer; and not __fish_seen_subcommand_from add edit info ls rm next sub help" -l tlscert -d 'TLS client certificate file (with --tlskey)' -r -F
complete -c natsx -n "__fish_natsx_using_subcommand consumer; and not __fish_seen_subcommand_from add edit info ls rm next sub help" -l tlskey -d 'TLS client key file' -r -F
complete -c natsx -n "__fish_natsx_using_subcommand consumer; and not __fish_seen_subcommand_from add edit info ls rm next sub help" -l tlsca -d 'CA file that signed the server\'s certificate (TLS is then required)' -r -F
complete -c natsx -n "__fish_natsx_using_subcommand consumer; and not __fish_seen_subcommand_from add edit info ls rm next sub help" -l tlsfirst -d 'Start TLS before the server\'s INFO (for servers with handshake_first)'
complete -c natsx -n "__fish_natsx_using_subcommand consumer; and not __fish_seen_subcommand_from add edit info ls rm next sub help" -s h -l help -d 'Print help'
complete -c natsx -n "__fish_natsx_using_subcommand consumer; and not __fish_seen_subcommand_from add edit info ls rm next sub help" -s V -l version -d 'Print version'
complete -c natsx -n "__fish_natsx_using_subcommand consumer; and not __fish_seen_subcommand_from add edit info ls rm next sub help" -f -a "add" -d 'Create a consumer'
complete -c natsx -n "__fish_natsx_using_subcommand consumer; and not __fish_seen_subcommand_from add edit info ls rm next sub help" -f -a "edit" -d 'Change a consumer\'s configuration'
complete -c natsx -n "__fish_natsx_using_subcommand consumer; and not __fish_seen_subcommand_from add edit info ls rm next sub help" -f -a "info" -d 'Show a consumer\'s configuration and state'
complete -c natsx -n "__fish_natsx_using_subcommand consumer; and not __fish_seen_subcommand_from add edit info ls rm next sub help" -f -a "ls" -d 'List a stream\'s consumers'
complete -c natsx -n "__fish_natsx_using_subcommand consumer; and not __fish_seen_subcommand_from add edit info ls rm next sub help" -f -a "rm" -d 'Delete a consumer'
complete -c natsx -n "__fish_natsx_using_subcommand consumer; and not __fish_seen_subcommand_from add edit info ls rm next sub help" -f -a "next" -d 'Fetch messages from a pull consumer'
complete -c natsx -n "__fish_natsx_using_subcommand consumer; and not __fish_seen_subcommand_from add edit info ls rm next sub help" -f -a "sub" -d 'Receive messages from a push consumer'
complete -c natsx -n "__fish_natsx_using_subcommand consumer; and not __fish_seen_subcommand_from add edit info ls rm next sub help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c natsx -n "__fish_natsx_using_subcommand consumer; and __fish_seen_subcommand_from add" -l target -d 'Push consumer delivering to this subject' -r
complete -c natsx -n "__fish_natsx_using_subcommand consumer; and __fish_seen_subcommand_from add" -l deliver -d 'Where to start: all, last, new, last_per_subject, a sequence, or an RFC 3339 time' -r
complete -c natsx -n "__fish_natsx_using_subcommand consumer; and __fish_seen_subcommand_from add" -l ack -d 'Ack policy: explicit, all or none' -r
complete -c natsx -n "__fish_natsx_using_subcommand consumer; and __fish_seen_subcommand_from add" -l wait -d 'How long to wait for an ack before redelivering (e.g. 30s)' -r
complete -c natsx -n "__fish_natsx_using_subcommand consumer; and __fish_seen_subcommand_from add" -l max-deliver -d 'Deliveries before giving up on a message (-1 unlimited)' -r
complete -c natsx -n "__fish_natsx_using_subcommand consumer; and __fish_seen_subcommand_from add" -l max-pending -d 'Maximum unacknowledged messages' -r
complete -c natsx -n "__fish_natsx_using_subcommand consumer; and __fish_seen_subcommand_from add" -l filter -d 'Subject filters (repeatable)' -r
complete -c natsx -n "__fish_natsx_using_subcommand consumer; and __fish_seen_subcommand_from add" -l replay -d 'Replay policy: instant or original' -r
complete -c natsx -n "__fish_natsx_using_subcommand consumer; and __fish_seen_subcommand_from add" -l heartbeat -d 'Idle heartbeat interval (push)' -r
complete -c natsx -n "__fish_natsx_using_subcommand consumer; and __fish_seen_subcommand_from add" -l deliver-group -d 'Queue group for push delivery' -r
complete -c natsx -n "__fish_natsx_using_subcommand consumer; and __fish_seen_subcommand_from add" -l max-waiting -d 'Maximum waiting pull requests' -r
complete -c natsx -n "__fish_natsx_using_subcommand consumer; and __fish_seen_subcommand_from add" -l backoff -d 'Redelivery backoff durations (repeatable or comma separated)' -r
complete -c natsx -n "__fish_natsx_using_subcommand consumer; and __fish_seen_subcommand_from add" -l inactive-threshold -d 'Remove the consumer after this long without interest' -r
complete -c natsx -n "__fish_natsx_using_subcommand consumer; and __fish_seen_subcommand_from add" -l description -d 'Description' -r
complete -c natsx -n "__fish_natsx_using_subcommand consumer; and __fish_seen_subcommand_from add" -l config -d 'The whole configuration as JSON (flags given as well override it)' -r -F
complete -c natsx -n "__fish_natsx_using_subcommand consumer; and __fish_seen_subcommand_from add" -s s -l server -d 'NATS server URLs, comma separated [default: the context\'s, else nats://127.0.0.1:4222]' -r
complete -c natsx -n "__fish_natsx_using_subcommand consumer; and __fish_seen_subcommand_from add" -l context -d 'The connection context to use (`natsx context`), instead of the selected one' -r
complete -c natsx -n "__fish_natsx_using_subcommand consumer; and __fish_seen_subcommand_from add" -l user -d 'Username or token' -r
complete -c natsx -n "__fish_natsx_using_subcommand consumer; and __fish_seen_subcommand_from add" -l password -d 'Password' -r
complete -c natsx -n "__fish_natsx_using_subcommand consumer; and __fish_seen_subcommand_from add" -l token -d 'Authentication token' -r
complete -c natsx -n "__fish_natsx_using_subcommand consumer; and __fish_seen_subcommand_from add" -l creds -d 'User credentials file (JWT and seed)' -r -F
complete -c natsx -n "__fish_natsx_using_subcommand consumer; and __fish_seen_subcommand_from add" -l nkey -d 'NKey seed file' -r -F
complete -c natsx -n "__fish_natsx_using_subcommand consumer; and __fish_seen_subcommand_from add" -l timeout -d 'Time to wait on connect and on responses (e.g. 5s, 500ms)' -r
complete -c natsx -n "__fish_natsx_using_subcommand consumer; and __fish_seen_subcommand_from add" -l connection-name -d 'Name of this connection, as the server shows it' -r
complete -c natsx -n "__fish_natsx_using_subcommand consumer; and __fish_seen_subcommand_from add" -l tlscert -d 'TLS client certificate file (with --tlskey)' -r -F
complete -c natsx -n "__fish_natsx_using_subcommand consumer; and __fish_seen_subcommand_from add" -l tlskey -d 'TLS client key file' -r -F
complete -c natsx -n "__fish_natsx_using_subcommand consumer; and __fish_seen_subcommand_from add" -l tlsca -d 'CA file that signed the server\'s certificate (TLS is then required)' -r -F
complete -c natsx -n "__fish_natsx_using_subcommand consumer; and __fish_seen_subcommand_from add" -l pull -d 'Pull consumer (the default unless --target is given)'
complete -c natsx -n "__fish_natsx_using_subcommand consumer; and __fish_seen_subcommand_from add" -l flow-control -d 'Flow control (push)'
complete -c natsx -n "__fish_natsx_using_subcommand consumer; and __fish_seen_subcommand_from add" -l headers-only -d 'Deliver headers only, with the body size in Nats-Msg-Size'
complete -c natsx -n "__fish_natsx_using_subcommand consumer; and __fish_seen_subcommand_from add" -l json
complete -c natsx -n "__fish_natsx_using_subcommand consumer; and __fish_seen_subcommand_from add" -s f -l force -d 'Do not ask for confirmation (edit)'
complete -c natsx -n "__fish_natsx_using_subcommand consumer; and __fish_seen_subcommand_from add" -l tlsfirst -d 'Start TLS before the server\'s INFO (for servers with handshake_first)'
complete -c natsx -n "__fish_natsx_using_subcommand consumer; and __fish_seen_subcommand_from add" -s h -l help -d 'Print help'
complete -c natsx -n "__fish_natsx_using_subcommand consumer; and __fish_seen_subcommand_from add" -s V -l version -d 'Print version'
complete -c natsx -n "__fish_natsx_using_subcommand consumer; and __fish_seen_subcommand_from edit" -l target -d 'Push consumer delivering to this subject' -r
complete -c natsx -n "__fish_natsx_using_subcommand consumer; and __fish_seen_subcommand_from edit" -l deliver -d 'Where to start: all, last, new, last_per_subject, a sequence, or an RFC 3339 time' -r
complete -c natsx -n "__fish_natsx_using_subcommand consumer; and __fish_seen_subcommand_from edit" -l ack -d 'Ack policy: explicit, all or none' -r
complete -c natsx -n "__fish_natsx_using_subcommand consumer; and __fish_seen_subcommand_from edit" -l wait -d 'How long to wait for an ack before redelivering (e.g. 30s)' -r
complete -c natsx -n "__fish_natsx_using_subcommand consumer; and __fish_seen_subcommand_from edit" -l max-deliver -d 'Deliveries before giving up on a message (-1 unlimited)' -r
complete -c natsx -n "__fish_natsx_using_subcommand consumer; and __fish_seen_subcommand_from edit" -l max-pending -d 'Maximum unacknowledged messages' -r
complete -c natsx -n "__fish_natsx_using_subcommand consumer; and __fish_seen_subcommand_from edit" -l filter -d 'Subject filters (repeatable)' -r
complete -c natsx -n "__fish_natsx_using_subcommand consumer; and __fish_seen_subcommand_from edit" -l replay -d 'Replay policy: instant or original' -r
complete -c natsx -n "__fish_natsx_using_subcommand consumer; and __fish_seen_subcommand_from edit" -l heartbeat -d 'Idle heartbeat interval (push)' -r
complete -c natsx -n "__fish_natsx_using_subcommand consumer; and __fish_seen_subcommand_from edit" -l deliver-group -d 'Queue group for push delivery' -r
complete -c natsx -n "__fish_natsx_using_subcommand consumer; and __fish_seen_subcommand_from edit" -l max-waiting -d 'Maximum waiting pull requests' -r
complete -c natsx -n "__fish_natsx_using_subcommand consumer; and __fish_seen_subcommand_from edit" -l backoff -d 'Redelivery backoff durations (repeatable or comma separated)' -r
complete -c natsx -n "__fish_natsx_using_subcommand consumer; and __fish_seen_subcommand_from edit" -l inactive-threshold -d 'Remove the consumer after this long without interest' -r
complete -c natsx -n "__fish_natsx_using_subcommand consumer; and __fish_seen_subcommand_from edit" -l description -d 'Description' -r
complete -c natsx -n "__fish_natsx_using_subcommand consumer; and __fish_seen_subcommand_from edit" -l config -d 'The whole configuration as JSON (flags given as well override it)' -r -F
complete -c natsx -n "__fish_natsx_using_subcommand consumer; and __fish_seen_subcommand_from edit" -s s -l server -d 'NATS server URLs, comma separated [default: the context\'s, else nats://127.0.0.1:4222]' -r
complete -c natsx -n "__fish_natsx_using_subcommand consumer; and __fish_seen_subcommand_from edit" -l context -d 'The connection context to use (`natsx context`), instead of the selected one' -r
complete -c natsx -n "__fish_natsx_using_subcommand consumer; and __fish_seen_subcommand_from edit" -l user -d 'Username or token' -r
complete -c natsx -n "__fish_natsx_using_subcommand consumer; and __fish_seen_subcommand_from edit" -l password -d 'Password' -r
complete -c natsx -n "__fish_natsx_using_subcommand consumer; and __fish_seen_subcommand_from edit" -l token -d 'Authentication token' -r
complete -c natsx -n "__fish_natsx_using_subcommand consumer; and __fish_seen_subcommand_from edit" -l creds -d 'User credentials file (JWT and seed)' -r -F
complete -c natsx -n "__fish_natsx_using_subcommand consumer; and __fish_seen_subcommand_from edit" -l nkey -d 'NKey seed file' -r -F
complete -c natsx -n "__fish_natsx_using_subcommand consumer; and __fish_seen_subcommand_from edit" -l timeout -d 'Time to wait on connect and on responses (e.g. 5s, 500ms)' -r
complete -c natsx -n "__fish_natsx_using_subcommand consumer; and __fish_seen_subcommand_from edit" -l connection-name -d 'Name of this connection, as the server shows it' -r
complete -c natsx -n "__fish_natsx_using_subcommand consumer; and __fish_seen_subcommand_from edit" -l tlscert -d 'TLS client certificate file (with --tlskey)' -r -F
complete -c natsx -n "__fish_natsx_using_subcommand consumer; and __fish_seen_subcommand_from edit" -l tlskey -d 'TLS client key file' -r -F
complete -c natsx -n "__fish_natsx_using_subcommand consumer; and __fish_seen_subcommand_from edit" -l tlsca -d 'CA file that signed the server\'s certificate (TLS is then required)' -r -F
complete -c natsx -n "__fish_natsx_using_subcommand consumer; and __fish_seen_subcommand_from edit" -l pull -d 'Pull consumer (the default unless --target is given)'
complete -c natsx -n "__fish_natsx_using_subcommand consumer; and __fish_seen_subcommand_from edit" -l flow-control -d 'Flow control (push)'
complete -c natsx -n "__fish_natsx_using_subcommand consumer; and __fish_seen_subcommand_from edit" -l headers-only -d 'Deliver headers only, with the body size in Nats-Msg-Size'
complete -c natsx -n "__fish_natsx_using_subcommand consumer; and __fish_seen_subcommand_from edit" -l json
complete -c natsx -n "__fish_natsx_using_subcommand consumer; and __fish_seen_subcommand_from edit" -s f -l force -d 'Do not ask for confirmation (edit)'
complete -c natsx -n "__fish_natsx_using_subcommand consumer; and __fish_seen_subcommand_from edit" -l tlsfirst -d 'Start TLS before the server\'s INFO (for servers with handshake_first)'
complete -c natsx -n "__fish_natsx_using_subcommand consumer; and __fish_seen_subcommand_from edit" -s h -l help -d 'Print help'
complete -c natsx -n "__fish_natsx_using_subcommand consumer; and __fish_seen_subcommand_from edit" -s V -l version -d 'Print version'
complete -c natsx -n "__fish_natsx_using_subcommand consumer; and __fish_seen_subcommand_from info" -s s -l server -d 'NATS server URLs, comma separated [default: the context\'s, else nats://127.0.0.1:4222]' -r
complete -c natsx -n "__fish_natsx_using_subcommand consumer; and __fish_seen_subcommand_from info" -l context -d 'The connection context to use (`natsx context`), instead of the selected one' -r
complete -c natsx -n "__fish_natsx_using_subcommand consumer; and __fish_seen_subcommand_from info" -l user -d 'Username or token' -r
complete -c natsx -n "__fish_natsx_using_subcommand consumer; and __fish_seen_subcommand_from info" -l password -d 'Password' -r
complete -c natsx -n "__fish_natsx_using_subcommand consumer; and __fish_seen_subcommand_from info" -l token -d 'Authentication token' -r
complete -c natsx -n "__fish_natsx_using_subcommand consumer; and __fish_seen_subcommand_from info" -l creds -d 'User credentials file (JWT and seed)' -r -F
complete -c natsx -n "__fish_natsx_using_subcommand consumer; and __fish_seen_subcommand_from info" -l nkey -d 'NKey seed file' -r -F
complete -c natsx -n "__fish_natsx_using_subcommand consumer; and __fish_seen_subcommand_from info" -l timeout -d 'Time to wait on connect and on responses (e.g. 5s, 500ms)' -r
complete -c natsx -n "__fish_natsx_using_subcommand consumer; and __fish_seen_subcommand_from info" -l connection-name -d 'Name of this connection, as the server shows it' -r
complete -c natsx -n "__fish_natsx_using_subcommand consumer; and __fish_seen_subcommand_from info" -l tlscert -d 'TLS client certificate file (with --tlskey)' -r -F
complete -c natsx -n "__fish_natsx_using_subcommand consumer; and __fish_seen_subcommand_from info" -l tlskey -d 'TLS client key file' -r -F
complete -c natsx -n "__fish_natsx_using_subcommand consumer; and __fish_seen_subcommand_from info" -l tlsca -d 'CA file that signed the server\'s certificate (TLS is then required)' -r -F
complete -c natsx -n "__fish_natsx_using_subcommand consumer; and __fish_seen_subcommand_from info" -l json
complete -c natsx -n "__fish_natsx_using_subcommand consumer; and __fish_seen_subcommand_from info" -l tlsfirst -d 'Start TLS before the server\'s INFO (for servers with handshake_first)'
complete -c natsx -n "__fish_natsx_using_subcommand consumer; and __fish_seen_subcommand_from info" -s h -l help -d 'Print help'
complete -c natsx -n "__fish_natsx_using_subcommand consumer; and __fish_seen_subcommand_from info" -s V -l version -d 'Print version'
complete -c natsx -n "__fish_natsx_using_subcommand consumer; and __fish_seen_subcommand_from ls" -s s -l server -d 'NATS server URLs, comma separated [default: the context\'s, else nats://127.0.0.1:4222]' -r
complete -c natsx -n "__fish_natsx_using_subcommand consumer; and __fish_seen_subcommand_from ls" -l context -d 'The connection context to use (`natsx context`), instead of the selected one' -r
complete -c natsx -n "__fish_natsx_using_subcommand consumer; and __fish_seen_subcommand_from ls" -l user -d 'Username or token' -r
complete -c natsx -n "__fish_natsx_using_subcommand consumer; and __fish_seen_subcommand_from ls" -l password -d 'Password' -r
complete -c natsx -n "__fish_natsx_using_subcommand consumer; and __fish_seen_subcommand_from ls" -l token -d 'Authentication token' -r
complete -c natsx -n "__fish_natsx_using_subcommand consumer; and __fish_seen_subcommand_from ls" -l creds -d 'User credentials file (JWT and seed)' -r -F
complete -c natsx -n "__fish_natsx_using_subcommand consumer; and __fish_seen_subcommand_from ls" -l nkey -d 'NKey seed file' -r -F
complete -c natsx -n "__fish_natsx_using_subcommand consumer; and __fish_seen_subcommand_from ls" -l timeout -d 'Time to wait on connect and on responses (e.g. 5s, 500ms)' -r
complete -c natsx -n "__fish_natsx_using_subcommand consumer; and __fish_seen_subcommand_from ls" -l connection-name -d 'Name of this connection, as the server shows it' -r
complete -c natsx -n "__fish_natsx_using_subcommand consumer; and __fish_seen_subcommand_from ls" -l tlscert -d 'TLS client certificate file (with --tlskey)' -r -F
complete -c natsx -n "__fish_natsx_using_subcommand consumer; and __fish_seen_subcommand_from ls" -l tlskey -d 'TLS client key file' -r -F
complete -c natsx -n "__fish_natsx_using_subcommand consumer; and __fish_seen_subcommand_from ls" -l tlsca -d 'CA file that signed the server\'s certificate (TLS is then required)' -r -F
complete -c natsx -n "__fish_natsx_using_subcommand consumer; and __fish_seen_subcommand_from ls" -s n -l names
complete -c natsx -n "__fish_natsx_using_subcommand consumer; and __fish_seen_subcommand_from ls" -l json
complete -c natsx -n "__fish_natsx_using_subcommand consumer; and __fish_seen_subcommand_from ls" -l tlsfirst -d 'Start TLS before the server\'s INFO (for servers with handshake_first)'
complete -c natsx -n "__fish_natsx_using_subcommand consumer; and __fish_seen_subcommand_from ls" -s h -l help -d 'Print help'
complete -c natsx -n "__fish_natsx_using_subcommand consumer; and __fish_seen_subcommand_from ls" -s V -l version -d 'Print version'
complete -c natsx -n "__fish_natsx_using_subcommand consumer; and __fish_seen_subcommand_from rm" -s s -l server -d 'NATS server URLs, comma separated [default: the context\'s, else nats://127.0.0.1:4222]' -r
complete -c natsx -n "__fish_natsx_using_subcommand consumer; and __fish_seen_subcommand_from rm" -l context -d 'The connection context to use (`natsx context`), instead of the selected one' -r
complete -c natsx -n "__fish_natsx_using_subcommand consumer; and __fish_seen_subcommand_from rm" -l user -d 'Username or token' -r
complete -c natsx -n "__fish_natsx_using_subcommand consumer; and __fish_seen_subcommand_from rm" -l password -d 'Password' -r
complete -c natsx -n "__fish_natsx_using_subcommand consumer; and __fish_seen_subcommand_from rm" -l token -d 'Authentication token' -r
complete -c natsx -n "__fish_natsx_using_subcommand consumer; and __fish_seen_subcommand_from rm" -l creds -d 'User credentials file (JWT and seed)' -r -F
complete -c natsx -n "__fish_natsx_using_subcommand consumer; and __fish_seen_subcommand_from rm" -l nkey -d 'NKey seed file' -r -F
complete -c natsx -n "__fish_natsx_using_subcommand consumer; and __fish_seen_subcommand_from rm" -l timeout -d 'Time to wait on connect and on responses (e.g. 5s, 500ms)' -r
complete -c natsx -n "__fish_natsx_using_subcommand consumer; and __fish_seen_subcommand_from rm" -l connection-name -d 'Name of this connection, as the server shows it' -r
complete -c natsx -n "__fish_natsx_using_subcommand consumer; and __fish_seen_subcommand_from rm" -l tlscert -d 'TLS client certificate file (with --tlskey)' -r -F
complete -c natsx -n "__fish_natsx_using_subcommand consumer; and __fish_seen_subcommand_from rm" -l tlskey -d 'TLS client key file' -r -F
complete -c natsx -n "__fish_natsx_using_subcommand consumer; and __fish_seen_subcommand_from rm" -l tlsca -d 'CA file that signed the server\'s certificate (TLS is then required)' -r -F
complete -c natsx -n "__fish_natsx_using_subcommand consumer; and __fish_seen_subcommand_from rm" -s f -l force
complete -c natsx -n "__fish_natsx_using_subcommand consumer; and __fish_seen_subcommand_from rm" -l tlsfirst -d 'Start TLS before the server\'s INFO (for servers with handshake_first)'
complete -c natsx -n "__fish_natsx_using_subcommand consumer; and __fish_seen_subcommand_from rm" -s h -l help -d 'Print help'
complete -c natsx -n "__fish_natsx_using_subcommand consumer; and __fish_seen_subcommand_from rm" -s V -l version -d 'Print version'
complete -c natsx -n "__fish_natsx_using_subcommand consumer; and __fish_seen_subcommand_from next" -l count -d 'How many messages' -r
complete -c natsx -n "__fish_natsx_using_subcommand consumer; and __fish_seen_subcommand_from next" -l wait -d 'How long to wait for messages' -r
complete -c natsx -n "__fish_natsx_using_subcommand consumer; and __fish_seen_subcommand_from next" -s s -l server -d 'NATS server URLs, comma separated [default: the context\'s, else nats://127.0.0.1:4222]' -r
complete -c natsx -n "__fish_natsx_using_subcommand consumer; and __fish_seen_subcommand_from next" -l context -d 'The connection context to use (`natsx context`), instead of the selected one' -r
complete -c natsx -n "__fish_natsx_using_subcommand consumer; and __fish_seen_subcommand_from next" -l user -d 'Username or token' -r
complete -c natsx -n "__fish_natsx_using_subcommand consumer; and __fish_seen_subcommand_from next" -l password -d 'Password' -r
complete -c natsx -n "__fish_natsx_using_subcommand consumer; and __fish_seen_subcommand_from next" -l token -d 'Authentication token' -r
complete -c natsx -n "__fish_natsx_using_subcommand consumer; and __fish_seen_subcommand_from next" -l creds -d 'User credentials file (JWT and seed)' -r -F
complete -c natsx -n "__fish_natsx_using_subcommand consumer; and __fish_seen_subcommand_from next" -l nkey -d 'NKey seed file' -r -F
complete -c natsx -n "__fish_natsx_using_subcommand consumer; and __fish_seen_subcommand_from next" -l timeout -d 'Time to wait on connect and on responses (e.g. 5s, 500ms)' -r
complete -c natsx -n "__fish_natsx_using_subcommand consumer; and __fish_seen_subcommand_from next" -l connection-name -d 'Name of this connection, as the server shows it' -r
complete -c natsx -n "__fish_natsx_using_subcommand consumer; and __fish_seen_subcommand_from next" -l tlscert -d 'TLS client certificate file (with --tlskey)' -r -F
complete -c natsx -n "__fish_natsx_using_subcommand consumer; and __fish_seen_subcommand_from next" -l tlskey -d 'TLS client key file' -r -F
complete -c natsx -n "__fish_natsx_using_subcommand consumer; and __fish_seen_subcommand_from next" -l tlsca -d 'CA file that signed the server\'s certificate (TLS is then required)' -r -F
complete -c natsx -n "__fish_natsx_using_subcommand consumer; and __fish_seen_subcommand_from next" -l no-ack -d 'Do not acknowledge the messages'
complete -c natsx -n "__fish_natsx_using_subcommand consumer; and __fish_seen_subcommand_from next" -l raw -d 'Bodies only'
complete -c natsx -n "__fish_natsx_using_subcommand consumer; and __fish_seen_subcommand_from next" -l tlsfirst -d 'Start TLS before the server\'s INFO (for servers with handshake_first)'
complete -c natsx -n "__fish_natsx_using_subcommand consumer; and __fish_seen_subcommand_from next" -s h -l help -d 'Print help'
complete -c natsx -n "__fish_natsx_using_subcommand consumer; and __fish_seen_subcommand_from next" -s V -l version -d 'Print version'
complete -c natsx -n "__fish_natsx_using_subcommand consumer; and __fish_seen_subcommand_from sub" -l count -d 'Stop after this many messages (0: run until interrupted)' -r
complete -c natsx -n "__fish_natsx_using_subcommand consumer; and __fish_seen_subcommand_from sub" -s s -l server -d 'NATS server URLs, comma separated [default: the context\'s, else nats://127.0.0.1:4222]' -r
complete -c natsx -n "__fish_natsx_using_subcommand consumer; and __fish_seen_subcommand_from sub" -l context -d 'The connection context to use (`natsx context`), instead of the selected one' -r
complete -c natsx -n "__fish_natsx_using_subcommand consumer; and __fish_seen_subcommand_from sub" -l user -d 'Username or token' -r
complete -c natsx -n "__fish_natsx_using_subcommand consumer; and __fish_seen_subcommand_from sub" -l password -d 'Password' -r
complete -c natsx -n "__fish_natsx_using_subcommand consumer; and __fish_seen_subcommand_from sub" -l token -d 'Authentication token' -r
complete -c natsx -n "__fish_natsx_using_subcommand consumer; and __fish_seen_subcommand_from sub" -l creds -d 'User credentials file (JWT and seed)' -r -F
complete -c natsx -n "__fish_natsx_using_subcommand consumer; and __fish_seen_subcommand_from sub" -l nkey -d 'NKey seed file' -r -F
complete -c natsx -n "__fish_natsx_using_subcommand consumer; and __fish_seen_subcommand_from sub" -l timeout -d 'Time to wait on connect and on responses (e.g. 5s, 500ms)' -r
complete -c natsx -n "__fish_natsx_using_subcommand consumer; and __fish_seen_subcommand_from sub" -l connection-name -d 'Name of this connection, as the server shows it' -r
complete -c natsx -n "__fish_natsx_using_subcommand consumer; and __fish_seen_subcommand_from sub" -l tlscert -d 'TLS client certificate file (with --tlskey)' -r -F
complete -c natsx -n "__fish_natsx_using_subcommand consumer; and __fish_seen_subcommand_from sub" -l tlskey -d 'TLS client key file' -r -F
complete -c natsx -n "__fish_natsx_using_subcommand consumer; and __fish_seen_subcommand_from sub" -l tlsca -d 'CA file that signed the server\'s certificate (TLS is then required)' -r -F
complete -c natsx -n "__fish_natsx_using_subcommand consumer; and __fish_seen_subcommand_from sub" -l no-ack -d 'Do not acknowledge the messages'
complete -c natsx -n "__fish_natsx_using_subcommand consumer; and __fish_seen_subcommand_from sub" -l raw
complete -c natsx -n "__fish_natsx_using_subcommand consumer; and __fish_seen_subcommand_from sub" -l tlsfirst -d 'Start TLS before the server\'s INFO (for servers with handshake_first)'
complete -c natsx -n "__fish_natsx_using_subcommand consumer; and __fish_seen_subcommand_from sub" -s h -l help -d 'Print help'
complete -c natsx -n "__fish_natsx_using_subcommand consumer; and __fish_seen_subcommand_from sub" -s V -l version -d 'Print version'
complete -c natsx -n "__fish_natsx_using_subcommand consumer; and __fish_seen_subcommand_from help" -f -a "add" -d 'Create a consumer'
complete -c natsx -n "__fish_natsx_using_subcommand consumer; and __fish_seen_subcommand_from help" -f -a "edit" -d 'Change a consumer\'s configuration'
complete -c natsx -n "__fish_natsx_using_subcommand consumer; and __fish_seen_subcommand_from help" -f -a "info" -d 'Show a consumer\'s configuration and state'
complete -c natsx -n "__fish_natsx_using_subcommand consumer; and __fish_seen_subcommand_from help" -f -a "ls" -d 'List a stream\'s consumers'
complete -c natsx -n "__fish_natsx_using_subcommand consumer; and __fish_seen_subcommand_from help" -f -a "rm" -d 'Delete a consumer'
complete -c natsx -n "__fish_natsx_using_subcommand consumer; and __fish_seen_subcommand_from help" -f -a "next" -d 'Fetch messages from a pull consumer'
complete -c natsx -n "__fish_natsx_using_subcommand consumer; and __fish_seen_subcommand_from help" -f -a "sub" -d 'Receive messages from a push consumer'
complete -c natsx -n "__fish_natsx_using_subcommand consumer; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c natsx -n "__fish_natsx_using_subcommand kv; and not __fish_seen_subcommand_from add info ls rm put get create update del purge history keys watch compact help" -s s -l server -d 'NATS server URLs, comma separated [default: the context\'s, else nats://127.0.0.1:4222]' -r
complete -c natsx -n "__fish_natsx_using_subcommand kv; and not __fish_seen_subcommand_from add info ls rm put get create update del purge history keys watch compact help" -l context -d 'The connection context to use (`natsx context`), instead of the selected one' -r
complete -c natsx -n "__fish_natsx_using_subcommand kv; and not __fish_seen_subcommand_from add info ls rm put get create update del purge history keys watch compact help" -l user -d 'Username or token' -r
complete -c natsx -n "__fish_natsx_using_subcommand kv; and not __fish_seen_subcommand_from add info ls rm put get create update del purge history keys watch compact help" -l password -d 'Password' -r
complete -c natsx -n "__fish_natsx_using_subcommand kv; and not __fish_seen_subcommand_from add info ls rm put get create update del purge history keys watch compact help" -l token -d 'Authentication token' -r
complete -c natsx -n "__fish_natsx_using_subcommand kv; and not __fish_seen_subcommand_from add info ls rm put get create update del purge history keys watch compact help" -l creds -d 'User credentials file (JWT and seed)' -r -F
complete -c natsx -n "__fish_natsx_using_subcommand kv; and not __fish_seen_subcommand_from add info ls rm put get create update del purge history keys watch compact help" -l nkey -d 'NKey seed file' -r -F
complete -c natsx -n "__fish_natsx_using_subcommand kv; and not __fish_seen_subcommand_from add info ls rm put get create update del purge history keys watch compact help" -l timeout -d 'Time to wait on connect and on responses (e.g. 5s, 500ms)' -r
complete -c natsx -n "__fish_natsx_using_subcommand kv; and not __fish_seen_subcommand_from add info ls rm put get create update del purge history keys watch compact help" -l connection-name -d 'Name of this connection, as the server shows it' -r
complete -c natsx -n "__fish_natsx_using_subcommand kv; and not __fish_seen_subcommand_from add info ls rm put get create update del purge history keys watch compact help" -l tlscert -d 'TLS client certificate file (with --tlskey)' -r -F
complete -c natsx -n "__fish_natsx_using_subcommand kv; and not __fish_seen_subcommand_from add info ls rm put get create update del purge history keys watch compact help" -l tlskey -d 'TLS client key file' -r -F
complete -c natsx -n "__fish_natsx_using_subcommand kv; and not __fish_seen_subcommand_from add info ls rm put get create update del purge history keys watch compact help" -l tlsca -d 'CA file that signed the server\'s certificate (TLS is then required)' -r -F
complete -c natsx -n "__fish_natsx_using_subcommand kv; and not __fish_seen_subcommand_from add info ls rm put get create update del purge history keys watch compact help" -l tlsfirst -d 'Start TLS before the server\'s INFO (for servers with handshake_first)'
complete -c natsx -n "__fish_natsx_using_subcommand kv; and not __fish_seen_subcommand_from add info ls rm put get create update del purge history keys watch compact help" -s h -l help -d 'Print help'
complete -c natsx -n "__fish_natsx_using_subcommand kv; and not __fish_seen_subcommand_from add info ls rm put get create update del purge history keys watch compact help" -s V -l version -d 'Print version'
complete -c natsx -n "__fish_natsx_using_subcommand kv; and not __fish_seen_subcommand_from add info ls rm put get create update del purge history keys watch compact help" -f -a "add" -d 'Create a bucket'
complete -c natsx -n "__fish_natsx_using_subcommand kv; and not __fish_seen_subcommand_from add info ls rm put get create update del purge history keys watch compact help" -f -a "info" -d 'Show a bucket\'s configuration and state'
complete -c natsx -n "__fish_natsx_using_subcommand kv; and not __fish_seen_subcommand_from add info ls rm put get create update del purge history keys watch compact help" -f -a "ls" -d 'List buckets'
complete -c natsx -n "__fish_natsx_using_subcommand kv; and not __fish_seen_subcommand_from add info ls rm put get create update del purge history keys watch compact help" -f -a "rm" -d 'Delete a bucket and all its values'
complete -c natsx -n "__fish_natsx_using_subcommand kv; and not __fish_seen_subcommand_from add info ls rm put get create update del purge history keys watch compact help" -f -a "put" -d 'Store a value'
complete -c natsx -n "__fish_natsx_using_subcommand kv; and not __fish_seen_subcommand_from add info ls rm put get create update del purge history keys watch compact help" -f -a "get" -d 'Show a value'
complete -c natsx -n "__fish_natsx_using_subcommand kv; and not __fish_seen_subcommand_from add info ls rm put get create update del purge history keys watch compact help" -f -a "create" -d 'Store a value only if the key has none'
complete -c natsx -n "__fish_natsx_using_subcommand kv; and not __fish_seen_subcommand_from add info ls rm put get create update del purge history keys watch compact help" -f -a "update" -d 'Replace a value only if it is still at the given revision (compare and set)'
complete -c natsx -n "__fish_natsx_using_subcommand kv; and not __fish_seen_subcommand_from add info ls rm put get create update del purge history keys watch compact help" -f -a "del" -d 'Delete a key (leaves a delete marker; history is kept)'
complete -c natsx -n "__fish_natsx_using_subcommand kv; and not __fish_seen_subcommand_from add info ls rm put get create update del purge history keys watch compact help" -f -a "purge" -d 'Remove a key and its history (leaves a purge marker)'
complete -c natsx -n "__fish_natsx_using_subcommand kv; and not __fish_seen_subcommand_from add info ls rm put get create update del purge history keys watch compact help" -f -a "history" -d 'Show every stored revision of a key'
complete -c natsx -n "__fish_natsx_using_subcommand kv; and not __fish_seen_subcommand_from add info ls rm put get create update del purge history keys watch compact help" -f -a "keys" -d 'List the keys that have a value'
complete -c natsx -n "__fish_natsx_using_subcommand kv; and not __fish_seen_subcommand_from add info ls rm put get create update del purge history keys watch compact help" -f -a "watch" -d 'Print changes as they happen'
complete -c natsx -n "__fish_natsx_using_subcommand kv; and not __fish_seen_subcommand_from add info ls rm put get create update del purge history keys watch compact help" -f -a "compact" -d 'Remove delete and purge markers left by deleted keys'
complete -c natsx -n "__fish_natsx_using_subcommand kv; and not __fish_seen_subcommand_from add info ls rm put get create update del purge history keys watch compact help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c natsx -n "__fish_natsx_using_subcommand kv; and __fish_seen_subcommand_from add" -l history -d 'Revisions kept per key' -r
complete -c natsx -n "__fish_natsx_using_subcommand kv; and __fish_seen_subcommand_from add" -l ttl -d 'How long values live (e.g. 1h, 7d; 0 forever)' -r
complete -c natsx -n "__fish_natsx_using_subcommand kv; and __fish_seen_subcommand_from add" -l max-value-size -d 'Largest value accepted (e.g. 1MB)' -r
complete -c natsx -n "__fish_natsx_using_subcommand kv; and __fish_seen_subcommand_from add" -l max-bucket-size -d 'Largest total size of the bucket (e.g. 1GB)' -r
complete -c natsx -n "__fish_natsx_using_subcommand kv; and __fish_seen_subcommand_from add" -l storage -d 'file or memory' -r
complete -c natsx -n "__fish_natsx_using_subcommand kv; and __fish_seen_subcommand_from add" -l replicas -r
complete -c natsx -n "__fish_natsx_using_subcommand kv; and __fish_seen_subcommand_from add" -l description -r
complete -c natsx -n "__fish_natsx_using_subcommand kv; and __fish_seen_subcommand_from add" -l marker-ttl -d 'Leave markers for keys removed by the TTL, kept this long (e.g. 1m)' -r
complete -c natsx -n "__fish_natsx_using_subcommand kv; and __fish_seen_subcommand_from add" -s s -l server -d 'NATS server URLs, comma separated [default: the context\'s, else nats://127.0.0.1:4222]' -r
complete -c natsx -n "__fish_natsx_using_subcommand kv; and __fish_seen_subcommand_from add" -l context -d 'The connection context to use (`natsx context`), instead of the selected one' -r
complete -c natsx -n "__fish_natsx_using_subcommand kv; and __fish_seen_subcommand_from add" -l user -d 'Username or token' -r
complete -c natsx -n "__fish_natsx_using_subcommand kv; and __fish_seen_subcommand_from add" -l password -d 'Password' -r
complete -c natsx -n "__fish_natsx_using_subcommand kv; and __fish_seen_subcommand_from add" -l token -d 'Authentication token' -r
complete -c natsx -n "__fish_natsx_using_subcommand kv; and __fish_seen_subcommand_from add" -l creds -d 'User credentials file (JWT and seed)' -r -F
complete -c natsx -n "__fish_natsx_using_subcommand kv; and __fish_seen_subcommand_from add" -l nkey -d 'NKey seed file' -r -F
complete -c natsx -n "__fish_natsx_using_subcommand kv; and __fish_seen_subcommand_from add" -l timeout -d 'Time to wait on connect and on responses (e.g. 5s, 500ms)' -r
complete -c natsx -n "__fish_natsx_using_subcommand kv; and __fish_seen_subcommand_from add" -l connection-name -d 'Name of this connection, as the server shows it' -r
complete -c natsx -n "__fish_natsx_using_subcommand kv; and __fish_seen_subcommand_from add" -l tlscert -d 'TLS client certificate file (with --tlskey)' -r -F
complete -c natsx -n "__fish_natsx_using_subcommand kv; and __fish_seen_subcommand_from add" -l tlskey -d 'TLS client key file' -r -F
complete -c natsx -n "__fish_natsx_using_subcommand kv; and __fish_seen_subcommand_from add" -l tlsca -d 'CA file that signed the server\'s certificate (TLS is then required)' -r -F
complete -c natsx -n "__fish_natsx_using_subcommand kv; and __fish_seen_subcommand_from add" -l json
complete -c natsx -n "__fish_natsx_using_subcommand kv; and __fish_seen_subcommand_from add" -l tlsfirst -d 'Start TLS before the server\'s INFO (for servers with handshake_first)'
complete -c natsx -n "__fish_natsx_using_subcommand kv; and __fish_seen_subcommand_from add" -s h -l help -d 'Print help'
complete -c natsx -n "__fish_natsx_using_subcommand kv; and __fish_seen_subcommand_from add" -s V -l version -d 'Print version'
complete -c natsx -n "__fish_natsx_using_subcommand kv; and __fish_seen_subcommand_from info" -s s -l server -d 'NATS server URLs, comma separated [default: the context\'s, else nats://127.0.0.1:4222]' -r
complete -c natsx -n "__fish_natsx_using_subcommand kv; and __fish_seen_subcommand_from info" -l context -d 'The connection context to use (`natsx context`), instead of the selected one' -r
complete -c natsx -n "__fish_natsx_using_subcommand kv; and __fish_seen_subcommand_from info" -l user -d 'Username or token' -r
complete -c natsx -n "__fish_natsx_using_subcommand kv; and __fish_seen_subcommand_from info" -l password -d 'Password' -r
complete -c natsx -n "__fish_natsx_using_subcommand kv; and __fish_seen_subcommand_from info" -l token -d 'Authentication token' -r
complete -c natsx -n "__fish_natsx_using_subcommand kv; and __fish_seen_subcommand_from info" -l creds -d 'User credentials file (JWT and seed)' -r -F
complete -c natsx -n "__fish_natsx_using_subcommand kv; and __fish_seen_subcommand_from info" -l nkey -d 'NKey seed file' -r -F
complete -c natsx -n "__fish_natsx_using_subcommand kv; and __fish_seen_subcommand_from info" -l timeout -d 'Time to wait on connect and on responses (e.g. 5s, 500ms)' -r
complete -c natsx -n "__fish_natsx_using_subcommand kv; and __fish_seen_subcommand_from info" -l connection-name -d 'Name of this connection, as the server shows it' -r
complete -c natsx -n "__fish_natsx_using_subcommand kv; and __fish_seen_subcommand_from info" -l tlscert -d 'TLS client certificate file (with --tlskey)' -r -F
complete -c natsx -n "__fish_natsx_using_subcommand kv; and __fish_seen_subcommand_from info" -l tlskey -d 'TLS client key file' -r -F
complete -c natsx -n "__fish_natsx_using_subcommand kv; and __fish_seen_subcommand_from info" -l tlsca -d 'CA file that signed the server\'s certificate (TLS is then required)' -r -F
complete -c natsx -n "__fish_natsx_using_subcommand kv; and __fish_seen_subcommand_from info" -l json
complete -c natsx -n "__fish_natsx_using_subcommand kv; and __fish_seen_subcommand_from info" -l tlsfirst -d 'Start TLS before the server\'s INFO (for servers with handshake_first)'
complete -c natsx -n "__fish_natsx_using_subcommand kv; and __fish_seen_subcommand_from info" -s h -l help -d 'Print help'
complete -c natsx -n "__fish_natsx_using_subcommand kv; and __fish_seen_subcommand_from info" -s V -l version -d 'Print version'
complete -c natsx -n "__fish_natsx_using_subcommand kv; and __fish_seen_subcommand_from ls" -s s -l server -d 'NATS server URLs, comma separated [default: the context\'s, else nats://127.0.0.1:4222]' -r
complete -c natsx -n "__fish_natsx_using_subcommand kv; and __fish_seen_subcommand_from ls" -l context -d 'The connection context to use (`natsx context`), instead of the selected one' -r
complete -c natsx -n "__fish_natsx_using_subcommand kv; and __fish_seen_subcommand_from ls" -l user -d 'Username or token' -r
complete -c natsx -n "__fish_natsx_using_subcommand kv; and __fish_seen_subcommand_from ls" -l password -d 'Password' -r
complete -c natsx -n "__fish_natsx_using_subcommand kv; and __fish_seen_subcommand_from ls" -l token -d 'Authentication token' -r
complete -c natsx -n "__fish_natsx_using_subcommand kv; and __fish_seen_subcommand_from ls" -l creds -d 'User credentials file (JWT and seed)' -r -F
complete -c natsx -n "__fish_natsx_using_subcommand kv; and __fish_seen_subcommand_from ls" -l nkey -d 'NKey seed file' -r -F
complete -c natsx -n "__fish_natsx_using_subcommand kv; and __fish_seen_subcommand_from ls" -l timeout -d 'Time to wait on connect and on responses (e.g. 5s, 500ms)' -r
complete -c natsx -n "__fish_natsx_using_subcommand kv; and __fish_seen_subcommand_from ls" -l connection-name -d 'Name of this connection, as the server shows it' -r
complete -c natsx -n "__fish_natsx_using_subcommand kv; and __fish_seen_subcommand_from ls" -l tlscert -d 'TLS client certificate file (with --tlskey)' -r -F
complete -c natsx -n "__fish_natsx_using_subcommand kv; and __fish_seen_subcommand_from ls" -l tlskey -d 'TLS client key file' -r -F
complete -c natsx -n "__fish_natsx_using_subcommand kv; and __fish_seen_subcommand_from ls" -l tlsca -d 'CA file that signed the server\'s certificate (TLS is then required)' -r -F
complete -c natsx -n "__fish_natsx_using_subcommand kv; and __fish_seen_subcommand_from ls" -s n -l names
complete -c natsx -n "__fish_natsx_using_subcommand kv; and __fish_seen_subcommand_from ls" -l json
complete -c natsx -n "__fish_natsx_using_subcommand kv; and __fish_seen_subcommand_from ls" -l tlsfirst -d 'Start TLS before the server\'s INFO (for servers with handshake_first)'
complete -c natsx -n "__fish_natsx_using_subcommand kv; and __fish_seen_subcommand_from ls" -s h -l help -d 'Print help'
complete -c natsx -n "__fish_natsx_using_subcommand kv; and __fish_seen_subcommand_from ls" -s V -l version -d 'Print version'
complete -c natsx -n "__fish_natsx_using_subcommand kv; and __fish_seen_subcommand_from rm" -s s -l server -d 'NATS server URLs, comma separated [default: the context\'s, else nats://127.0.0.1:4222]' -r
complete -c natsx -n "__fish_natsx_using_subcommand kv; and __fish_seen_subcommand_from rm" -l context -d 'The connection context to use (`natsx context`), instead of the selected one' -r
complete -c natsx -n "__fish_natsx_using_subcommand kv; and __fish_seen_subcommand_from rm" -l user -d 'Username or token' -r
complete -c natsx -n "__fish_natsx_using_subcommand kv; and __fish_seen_subcommand_from rm" -l password -d 'Password' -r
complete -c natsx -n "__fish_natsx_using_subcommand kv; and __fish_seen_subcommand_from rm" -l token -d 'Authentication token' -r
complete -c natsx -n "__fish_natsx_using_subcommand kv; and __fish_seen_subcommand_from rm" -l creds -d 'User credentials file (JWT and seed)' -r -F
complete -c natsx -n "__fish_natsx_using_subcommand kv; and __fish_seen_subcommand_from rm" -l nkey -d 'NKey seed file' -r -F
complete -c natsx -n "__fish_natsx_using_subcommand kv; and __fish_seen_subcommand_from rm" -l timeout -d 'Time to wait on connect and on responses (e.g. 5s, 500ms)' -r
complete -c natsx -n "__fish_natsx_using_subcommand kv; and __fish_seen_subcommand_from rm" -l connection-name -d 'Name of this connection, as the server shows it' -r
complete -c natsx -n "__fish_natsx_using_subcommand kv; and __fish_seen_subcommand_from rm" -l tlscert -d 'TLS client certificate file (with --tlskey)' -r -F
complete -c natsx -n "__fish_natsx_using_subcommand kv; and __fish_seen_subcommand_from rm" -l tlskey -d 'TLS client key file' -r -F
complete -c natsx -n "__fish_natsx_using_subcommand kv; and __fish_seen_subcommand_from rm" -l tlsca -d 'CA file that signed the server\'s certificate (TLS is then required)' -r -F
complete -c natsx -n "__fish_natsx_using_subcommand kv; and __fish_seen_subcommand_from rm" -s f -l force
complete -c natsx -n "__fish_natsx_using_subcommand kv; and __fish_seen_subcommand_from rm" -l tlsfirst -d 'Start TLS before the server\'s INFO (for servers with handshake_first)'
complete -c natsx -n "__fish_natsx_using_subcommand kv; and __fish_seen_subcommand_from rm" -s h -l help -d 'Print help'
complete -c natsx -n "__fish_natsx_using_subcommand kv; and __fish_seen_subcommand_from rm" -s V -l version -d 'Print version'
complete -c natsx -n "__fish_natsx_using_subcommand kv; and __fish_seen_subcommand_from put" -s s -l server -d 'NATS server URLs, comma separated [default: the context\'s, else nats://127.0.0.1:4222]' -r
complete -c natsx -n "__fish_natsx_using_subcommand kv; and __fish_seen_subcommand_from put" -l context -d 'The connection context to use (`natsx context`), instead of the selected one' -r
complete -c natsx -n "__fish_natsx_using_subcommand kv; and __fish_seen_subcommand_from put" -l user -d 'Username or token' -r
complete -c natsx -n "__fish_natsx_using_subcommand kv; and __fish_seen_subcommand_from put" -l password -d 'Password' -r
complete -c natsx -n "__fish_natsx_using_subcommand kv; and __fish_seen_subcommand_from put" -l token -d 'Authentication token' -r
complete -c natsx -n "__fish_natsx_using_subcommand kv; and __fish_seen_subcommand_from put" -l creds -d 'User credentials file (JWT and seed)' -r -F
complete -c natsx -n "__fish_natsx_using_subcommand kv; and __fish_seen_subcommand_from put" -l nkey -d 'NKey seed file' -r -F
complete -c natsx -n "__fish_natsx_using_subcommand kv; and __fish_seen_subcommand_from put" -l timeout -d 'Time to wait on connect and on responses (e.g. 5s, 500ms)' -r
complete -c natsx -n "__fish_natsx_using_subcommand kv; and __fish_seen_subcommand_from put" -l connection-name -d 'Name of this connection, as the server shows it' -r
complete -c natsx -n "__fish_natsx_using_subcommand kv; and __fish_seen_subcommand_from put" -l tlscert -d 'TLS client certificate file (with --tlskey)' -r -F
complete -c natsx -n "__fish_natsx_using_subcommand kv; and __fish_seen_subcommand_from put" -l tlskey -d 'TLS client key file' -r -F
complete -c natsx -n "__fish_natsx_using_subcommand kv; and __fish_seen_subcommand_from put" -l tlsca -d 'CA file that signed the server\'s certificate (TLS is then required)' -r -F
complete -c natsx -n "__fish_natsx_using_subcommand kv; and __fish_seen_subcommand_from put" -l tlsfirst -d 'Start TLS before the server\'s INFO (for servers with handshake_first)'
complete -c natsx -n "__fish_natsx_using_subcommand kv; and __fish_seen_subcommand_from put" -s h -l help -d 'Print help'
complete -c natsx -n "__fish_natsx_using_subcommand kv; and __fish_seen_subcommand_from put" -s V -l version -d 'Print version'
complete -c natsx -n "__fish_natsx_using_subcommand kv; and __fish_seen_subcommand_from get" -l revision -d 'A specific revision' -r
complete -c natsx -n "__fish_natsx_using_subcommand kv; and __fish_seen_subcommand_from get" -s s -l server -d 'NATS server URLs, comma separated [default: the context\'s, else nats://127.0.0.1:4222]' -r
complete -c natsx -n "__fish_natsx_using_subcommand kv; and __fish_seen_subcommand_from get" -l context -d 'The connection context to use (`natsx context`), instead of the selected one' -r
complete -c natsx -n "__fish_natsx_using_subcommand kv; and __fish_seen_subcommand_from get" -l user -d 'Username or token' -r
complete -c natsx -n "__fish_natsx_using_subcommand kv; and __fish_seen_subcommand_from get" -l password -d 'Password' -r
complete -c natsx -n "__fish_natsx_using_subcommand kv; and __fish_seen_subcommand_from get" -l token -d 'Authentication token' -r
complete -c natsx -n "__fish_natsx_using_subcommand kv; and __fish_seen_subcommand_from get" -l creds -d 'User credentials file (JWT and seed)' -r -F
complete -c natsx -n "__fish_natsx_using_subcommand kv; and __fish_seen_subcommand_from get" -l nkey -d 'NKey seed file' -r -F
complete -c natsx -n "__fish_natsx_using_subcommand kv; and __fish_seen_subcommand_from get" -l timeout -d 'Time to wait on connect and on responses (e.g. 5s, 500ms)' -r
complete -c natsx -n "__fish_natsx_using_subcommand kv; and __fish_seen_subcommand_from get" -l connection-name -d 'Name of this connection, as the server shows it' -r
complete -c natsx -n "__fish_natsx_using_subcommand kv; and __fish_seen_subcommand_from get" -l tlscert -d 'TLS client certificate file (with --tlskey)' -r -F
complete -c natsx -n "__fish_natsx_using_subcommand kv; and __fish_seen_subcommand_from get" -l tlskey -d 'TLS client key file' -r -F
complete -c natsx -n "__fish_natsx_using_subcommand kv; and __fish_seen_subcommand_from get" -l tlsca -d 'CA file that signed the server\'s certificate (TLS is then required)' -r -F
complete -c natsx -n "__fish_natsx_using_subcommand kv; and __fish_seen_subcommand_from get" -l raw -d 'The value only'
complete -c natsx -n "__fish_natsx_using_subcommand kv; and __fish_seen_subcommand_from get" -l json
complete -c natsx -n "__fish_natsx_using_subcommand kv; and __fish_seen_subcommand_from get" -l tlsfirst -d 'Start TLS before the server\'s INFO (for servers with handshake_first)'
complete -c natsx -n "__fish_natsx_using_subcommand kv; and __fish_seen_subcommand_from get" -s h -l help -d 'Print help'
complete -c natsx -n "__fish_natsx_using_subcommand kv; and __fish_seen_subcommand_from get" -s V -l version -d 'Print version'
complete -c natsx -n "__fish_natsx_using_subcommand kv; and __fish_seen_subcommand_from create" -l ttl -d 'This value expires after (e.g. 10m); needs a bucket made with --marker-ttl' -r
complete -c natsx -n "__fish_natsx_using_subcommand kv; and __fish_seen_subcommand_from create" -s s -l server -d 'NATS server URLs, comma separated [default: the context\'s, else nats://127.0.0.1:4222]' -r
complete -c natsx -n "__fish_natsx_using_subcommand kv; and __fish_seen_subcommand_from create" -l context -d 'The connection context to use (`natsx context`), instead of the selected one' -r
complete -c natsx -n "__fish_natsx_using_subcommand kv; and __fish_seen_subcommand_from create" -l user -d 'Username or token' -r
complete -c natsx -n "__fish_natsx_using_subcommand kv; and __fish_seen_subcommand_from create" -l password -d 'Password' -r
complete -c natsx -n "__fish_natsx_using_subcommand kv; and __fish_seen_subcommand_from create" -l token -d 'Authentication token' -r
complete -c natsx -n "__fish_natsx_using_subcommand kv; and __fish_seen_subcommand_from create" -l creds -d 'User credentials file (JWT and seed)' -r -F
complete -c natsx -n "__fish_natsx_using_subcommand kv; and __fish_seen_subcommand_from create" -l nkey -d 'NKey seed file' -r -F
complete -c natsx -n "__fish_natsx_using_subcommand kv; and __fish_seen_subcommand_from create" -l timeout -d 'Time to wait on connect and on responses (e.g. 5s, 500ms)' -r
complete -c natsx -n "__fish_natsx_using_subcommand kv; and __fish_seen_subcommand_from create" -l connection-name -d 'Name of this connection, as the server shows it' -r
complete -c natsx -n "__fish_natsx_using_subcommand kv; and __fish_seen_subcommand_from create" -l tlscert -d 'TLS client certificate file (with --tlskey)' -r -F
complete -c natsx -n "__fish_natsx_using_subcommand kv; and __fish_seen_subcommand_from create" -l tlskey -d 'TLS client key file' -r -F
complete -c natsx -n "__fish_natsx_using_subcommand kv; and __fish_seen_subcommand_from create" -l tlsca -d 'CA file that signed the server\'s certificate (TLS is then required)' -r -F
complete -c natsx -n "__fish_natsx_using_subcommand kv; and __fish_seen_subcommand_from create" -l tlsfirst -d 'Start TLS before the server\'s INFO (for servers with handshake_first)'
complete -c natsx -n "__fish_natsx_using_subcommand kv; and __fish_seen_subcommand_from create" -s h -l help -d 'Print help'
complete -c natsx -n "__fish_natsx_using_subcommand kv; and __fish_seen_subcommand_from create" -s V -l version -d 'Print version'
complete -c natsx -n "__fish_natsx_using_subcommand kv; and __fish_seen_subcommand_from update" -s s -l server -d 'NATS server URLs, comma separated [default: the context\'s, else nats://127.0.0.1:4222]' -r
complete -c natsx -n "__fish_natsx_using_subcommand kv; and __fish_seen_subcommand_from update" -l context -d 'The connection context to use (`natsx context`), instead of the selected one' -r
complete -c natsx -n "__fish_natsx_using_subcommand kv; and __fish_seen_subcommand_from update" -l user -d 'Username or token' -r
complete -c natsx -n "__fish_natsx_using_subcommand kv; and __fish_seen_subcommand_from update" -l password -d 'Password' -r
complete -c natsx -n "__fish_natsx_using_subcommand kv; and __fish_seen_subcommand_from update" -l token -d 'Authentication token' -r
complete -c natsx -n "__fish_natsx_using_subcommand kv; and __fish_seen_subcommand_from update" -l creds -d 'User credentials file (JWT and seed)' -r -F
complete -c natsx -n "__fish_natsx_using_subcommand kv; and __fish_seen_subcommand_from update" -l nkey -d 'NKey seed file' -r -F
complete -c natsx -n "__fish_natsx_using_subcommand kv; and __fish_seen_subcommand_from update" -l timeout -d 'Time to wait on connect and on responses (e.g. 5s, 500ms)' -r
complete -c natsx -n "__fish_natsx_using_subcommand kv; and __fish_seen_subcommand_from update" -l connection-name -d 'Name of this connection, as the server shows it' -r
complete -c natsx -n "__fish_natsx_using_subcommand kv; and __fish_seen_subcommand_from update" -l tlscert -d 'TLS client certificate file (with --tlskey)' -r -F
complete -c natsx -n "__fish_natsx_using_subcommand kv; and __fish_seen_subcommand_from update" -l tlskey -d 'TLS client key file' -r -F
complete -c natsx -n "__fish_natsx_using_subcommand kv; and __fish_seen_subcommand_from update" -l tlsca -d 'CA file that signed the server\'s certificate (TLS is then required)' -r -F
complete -c natsx -n "__fish_natsx_using_subcommand kv; and __fish_seen_subcommand_from update" -l tlsfirst -d 'Start TLS before the server\'s INFO (for servers with handshake_first)'
complete -c natsx -n "__fish_natsx_using_subcommand kv; and __fish_seen_subcommand_from update" -s h -l help -d 'Print help'
complete -c natsx -n "__fish_natsx_using_subcommand kv; and __fish_seen_subcommand_from update" -s V -l version -d 'Print version'
complete -c natsx -n "__fish_natsx_using_subcommand kv; and __fish_seen_subcommand_from del" -s s -l server -d 'NATS server URLs, comma separated [default: the context\'s, else nats://127.0.0.1:4222]' -r
complete -c natsx -n "__fish_natsx_using_subcommand kv; and __fish_seen_subcommand_from del" -l context -d 'The connection context to use (`natsx context`), instead of the selected one' -r
complete -c natsx -n "__fish_natsx_using_subcommand kv; and __fish_seen_subcommand_from del" -l user -d 'Username or token' -r
complete -c natsx -n "__fish_natsx_using_subcommand kv; and __fish_seen_subcommand_from del" -l password -d 'Password' -r
complete -c natsx -n "__fish_natsx_using_subcommand kv; and __fish_seen_subcommand_from del" -l token -d 'Authentication token' -r
complete -c natsx -n "__fish_natsx_using_subcommand kv; and __fish_seen_subcommand_from del" -l creds -d 'User credentials file (JWT and seed)' -r -F
complete -c natsx -n "__fish_natsx_using_subcommand kv; and __fish_seen_subcommand_from del" -l nkey -d 'NKey seed file' -r -F
complete -c natsx -n "__fish_natsx_using_subcommand kv; and __fish_seen_subcommand_from del" -l timeout -d 'Time to wait on connect and on responses (e.g. 5s, 500ms)' -r
complete -c natsx -n "__fish_natsx_using_subcommand kv; and __fish_seen_subcommand_from del" -l connection-name -d 'Name of this connection, as the server shows it' -r
complete -c natsx -n "__fish_natsx_using_subcommand kv; and __fish_seen_subcommand_from del" -l tlscert -d 'TLS client certificate file (with --tlskey)' -r -F
complete -c natsx -n "__fish_natsx_using_subcommand kv; and __fish_seen_subcommand_from del" -l tlskey -d 'TLS client key file' -r -F
complete -c natsx -n "__fish_natsx_using_subcommand kv; and __fish_seen_subcommand_from del" -l tlsca -d 'CA file that signed the server\'s certificate (TLS is then required)' -r -F
complete -c natsx -n "__fish_natsx_using_subcommand kv; and __fish_seen_subcommand_from del" -s f -l force
complete -c natsx -n "__fish_natsx_using_subcommand kv; and __fish_seen_subcommand_from del" -l tlsfirst -d 'Start TLS before the server\'s INFO (for servers with handshake_first)'
complete -c natsx -n "__fish_natsx_using_subcommand kv; and __fish_seen_subcommand_from del" -s h -l help -d 'Print help'
complete -c natsx -n "__fish_natsx_using_subcommand kv; and __fish_seen_subcommand_from del" -s V -l version -d 'Print version'
complete -c natsx -n "__fish_natsx_using_subcommand kv; and __fish_seen_subcommand_from purge" -s s -l server -d 'NATS server URLs, comma separated [default: the context\'s, else nats://127.0.0.1:4222]' -r
complete -c natsx -n "__fish_natsx_using_subcommand kv; and __fish_seen_subcommand_from purge" -l context -d 'The connection context to use (`natsx context`), instead of the selected one' -r
complete -c natsx -n "__fish_natsx_using_subcommand kv; and __fish_seen_subcommand_from purge" -l user -d 'Username or token' -r
complete -c natsx -n "__fish_natsx_using_subcommand kv; and __fish_seen_subcommand_from purge" -l password -d 'Password' -r
complete -c natsx -n "__fish_natsx_using_subcommand kv; and __fish_seen_subcommand_from purge" -l token -d 'Authentication token' -r
complete -c natsx -n "__fish_natsx_using_subcommand kv; and __fish_seen_subcommand_from purge" -l creds -d 'User credentials file (JWT and seed)' -r -F
complete -c natsx -n "__fish_natsx_using_subcommand kv; and __fish_seen_subcommand_from purge" -l nkey -d 'NKey seed file' -r -F
complete -c natsx -n "__fish_natsx_using_subcommand kv; and __fish_seen_subcommand_from purge" -l timeout -d 'Time to wait on connect and on responses (e.g. 5s, 500ms)' -r
complete -c natsx -n "__fish_natsx_using_subcommand kv; and __fish_seen_subcommand_from purge" -l connection-name -d 'Name of this connection, as the server shows it' -r
complete -c natsx -n "__fish_natsx_using_subcommand kv; and __fish_seen_subcommand_from purge" -l tlscert -d 'TLS client certificate file (with --tlskey)' -r -F
complete -c natsx -n "__fish_natsx_using_subcommand kv; and __fish_seen_subcommand_from purge" -l tlskey -d 'TLS client key file' -r -F
complete -c natsx -n "__fish_natsx_using_subcommand kv; and __fish_seen_subcommand_from purge" -l tlsca -d 'CA file that signed the server\'s certificate (TLS is then required)' -r -F
complete -c natsx -n "__fish_natsx_using_subcommand kv; and __fish_seen_subcommand_from purge" -s f -l force
complete -c natsx -n "__fish_natsx_using_subcommand kv; and __fish_seen_subcommand_from purge" -l tlsfirst -d 'Start TLS before the server\'s INFO (for servers with handshake_first)'
complete -c natsx -n "__fish_natsx_using_subcommand kv; and __fish_seen_subcommand_from purge" -s h -l help -d 'Print help'
complete -c natsx -n "__fish_natsx_using_subcommand kv; and __fish_seen_subcommand_from purge" -s V -l version -d 'Print version'
complete -c natsx -n "__fish_natsx_using_subcommand kv; and __fish_seen_subcommand_from history" -s s -l server -d 'NATS server URLs, comma separated [default: the context\'s, else nats://127.0.0.1:4222]' -r
complete -c natsx -n "__fish_natsx_using_subcommand kv; and __fish_seen_subcommand_from history" -l context -d 'The connection context to use (`natsx context`), instead of the selected one' -r
complete -c natsx -n "__fish_natsx_using_subcommand kv; and __fish_seen_subcommand_from history" -l user -d 'Username or token' -r
complete -c natsx -n "__fish_natsx_using_subcommand kv; and __fish_seen_subcommand_from history" -l password -d 'Password' -r
complete -c natsx -n "__fish_natsx_using_subcommand kv; and __fish_seen_subcommand_from history" -l token -d 'Authentication token' -r
complete -c natsx -n "__fish_natsx_using_subcommand kv; and __fish_seen_subcommand_from history" -l creds -d 'User credentials file (JWT and seed)' -r -F
complete -c natsx -n "__fish_natsx_using_subcommand kv; and __fish_seen_subcommand_from history" -l nkey -d 'NKey seed file' -r -F
complete -c natsx -n "__fish_natsx_using_subcommand kv; and __fish_seen_subcommand_from history" -l timeout -d 'Time to wait on connect and on responses (e.g. 5s, 500ms)' -r
complete -c natsx -n "__fish_natsx_using_subcommand kv; and __fish_seen_subcommand_from history" -l connection-name -d 'Name of this connection, as the server shows it' -r
complete -c natsx -n "__fish_natsx_using_subcommand kv; and __fish_seen_subcommand_from history" -l tlscert -d 'TLS client certificate file (with --tlskey)' -r -F
complete -c natsx -n "__fish_natsx_using_subcommand kv; and __fish_seen_subcommand_from history" -l tlskey -d 'TLS client key file' -r -F
complete -c natsx -n "__fish_natsx_using_subcommand kv; and __fish_seen_subcommand_from history" -l tlsca -d 'CA file that signed the server\'s certificate (TLS is then required)' -r -F
complete -c natsx -n "__fish_natsx_using_subcommand kv; and __fish_seen_subcommand_from history" -l json
complete -c natsx -n "__fish_natsx_using_subcommand kv; and __fish_seen_subcommand_from history" -l tlsfirst -d 'Start TLS before the server\'s INFO (for servers with handshake_first)'
complete -c natsx -n "__fish_natsx_using_subcommand kv; and __fish_seen_subcommand_from history" -s h -l help -d 'Print help'
complete -c natsx -n "__fish_natsx_using_subcommand kv; and __fish_seen_subcommand_from history" -s V -l version -d 'Print version'
complete -c natsx -n "__fish_natsx_using_subcommand kv; and __fish_seen_subcommand_from keys" -s s -l server -d 'NATS server URLs, comma separated [default: the context\'s, else nats://127.0.0.1:4222]' -r
complete -c natsx -n "__fish_natsx_using_subcommand kv; and __fish_seen_subcommand_from keys" -l context -d 'The connection context to use (`natsx context`), instead of the selected one' -r
complete -c natsx -n "__fish_natsx_using_subcommand kv; and __fish_seen_subcommand_from keys" -l user -d 'Username or token' -r
complete -c natsx -n "__fish_natsx_using_subcommand kv; and __fish_seen_subcommand_from keys" -l password -d 'Password' -r
complete -c natsx -n "__fish_natsx_using_subcommand kv; and __fish_seen_subcommand_from keys" -l token -d 'Authentication token' -r
complete -c natsx -n "__fish_natsx_using_subcommand kv; and __fish_seen_subcommand_from keys" -l creds -d 'User credentials file (JWT and seed)' -r -F
complete -c natsx -n "__fish_natsx_using_subcommand kv; and __fish_seen_subcommand_from keys" -l nkey -d 'NKey seed file' -r -F
complete -c natsx -n "__fish_natsx_using_subcommand kv; and __fish_seen_subcommand_from keys" -l timeout -d 'Time to wait on connect and on responses (e.g. 5s, 500ms)' -r
complete -c natsx -n "__fish_natsx_using_subcommand kv; and __fish_seen_subcommand_from keys" -l connection-name -d 'Name of this connection, as the server shows it' -r
complete -c natsx -n "__fish_natsx_using_subcommand kv; and __fish_seen_subcommand_from keys" -l tlscert -d 'TLS client certificate file (with --tlskey)' -r -F
complete -c natsx -n "__fish_natsx_using_subcommand kv; and __fish_seen_subcommand_from keys" -l tlskey -d 'TLS client key file' -r -F
complete -c natsx -n "__fish_natsx_using_subcommand kv; and __fish_seen_subcommand_from keys" -l tlsca -d 'CA file that signed the server\'s certificate (TLS is then required)' -r -F
complete -c natsx -n "__fish_natsx_using_subcommand kv; and __fish_seen_subcommand_from keys" -l json
complete -c natsx -n "__fish_natsx_using_subcommand kv; and __fish_seen_subcommand_from keys" -l tlsfirst -d 'Start TLS before the server\'s INFO (for servers with handshake_first)'
complete -c natsx -n "__fish_natsx_using_subcommand kv; and __fish_seen_subcommand_from keys" -s h -l help -d 'Print help'
complete -c natsx -n "__fish_natsx_using_subcommand kv; and __fish_seen_subcommand_from keys" -s V -l version -d 'Print version'
complete -c natsx -n "__fish_natsx_using_subcommand kv; and __fish_seen_subcommand_from watch" -l count -d 'Stop after this many updates (0: until interrupted)' -r
complete -c natsx -n "__fish_natsx_using_subcommand kv; and __fish_seen_subcommand_from watch" -s s -l server -d 'NATS server URLs, comma separated [default: the context\'s, else nats://127.0.0.1:4222]' -r
complete -c natsx -n "__fish_natsx_using_subcommand kv; and __fish_seen_subcommand_from watch" -l context -d 'The connection context to use (`natsx context`), instead of the selected one' -r
complete -c natsx -n "__fish_natsx_using_subcommand kv; and __fish_seen_subcommand_from watch" -l user -d 'Username or token' -r
complete -c natsx -n "__fish_natsx_using_subcommand kv; and __fish_seen_subcommand_from watch" -l password -d 'Password' -r
complete -c natsx -n "__fish_natsx_using_subcommand kv; and __fish_seen_subcommand_from watch" -l token -d 'Authentication token' -r
complete -c natsx -n "__fish_natsx_using_subcommand kv; and __fish_seen_subcommand_from watch" -l creds -d 'User credentials file (JWT and seed)' -r -F
complete -c natsx -n "__fish_natsx_using_subcommand kv; and __fish_seen_subcommand_from watch" -l nkey -d 'NKey seed file' -r -F
complete -c natsx -n "__fish_natsx_using_subcommand kv; and __fish_seen_subcommand_from watch" -l timeout -d 'Time to wait on connect and on responses (e.g. 5s, 500ms)' -r
complete -c natsx -n "__fish_natsx_using_subcommand kv; and __fish_seen_subcommand_from watch" -l connection-name -d 'Name of this connection, as the server shows it' -r
complete -c natsx -n "__fish_natsx_using_subcommand kv; and __fish_seen_subcommand_from watch" -l tlscert -d 'TLS client certificate file (with --tlskey)' -r -F
complete -c natsx -n "__fish_natsx_using_subcommand kv; and __fish_seen_subcommand_from watch" -l tlskey -d 'TLS client key file' -r -F
complete -c natsx -n "__fish_natsx_using_subcommand kv; and __fish_seen_subcommand_from watch" -l tlsca -d 'CA file that signed the server\'s certificate (TLS is then required)' -r -F
complete -c natsx -n "__fish_natsx_using_subcommand kv; and __fish_seen_subcommand_from watch" -l history -d 'Start with the current values'
complete -c natsx -n "__fish_natsx_using_subcommand kv; and __fish_seen_subcommand_from watch" -l tlsfirst -d 'Start TLS before the server\'s INFO (for servers with handshake_first)'
complete -c natsx -n "__fish_natsx_using_subcommand kv; and __fish_seen_subcommand_from watch" -s h -l help -d 'Print help'
complete -c natsx -n "__fish_natsx_using_subcommand kv; and __fish_seen_subcommand_from watch" -s V -l version -d 'Print version'
complete -c natsx -n "__fish_natsx_using_subcommand kv; and __fish_seen_subcommand_from compact" -l keep-newer -d 'Markers younger than this stay (their history goes), so watchers still see recent deletes; older ones go entirely' -r
complete -c natsx -n "__fish_natsx_using_subcommand kv; and __fish_seen_subcommand_from compact" -s s -l server -d 'NATS server URLs, comma separated [default: the context\'s, else nats://127.0.0.1:4222]' -r
complete -c natsx -n "__fish_natsx_using_subcommand kv; and __fish_seen_subcommand_from compact" -l context -d 'The connection context to use (`natsx context`), instead of the selected one' -r
complete -c natsx -n "__fish_natsx_using_subcommand kv; and __fish_seen_subcommand_from compact" -l user -d 'Username or token' -r
complete -c natsx -n "__fish_natsx_using_subcommand kv; and __fish_seen_subcommand_from compact" -l password -d 'Password' -r
complete -c natsx -n "__fish_natsx_using_subcommand kv; and __fish_seen_subcommand_from compact" -l token -d 'Authentication token' -r
complete -c natsx -n "__fish_natsx_using_subcommand kv; and __fish_seen_subcommand_from compact" -l creds -d 'User credentials file (JWT and seed)' -r -F
complete -c natsx -n "__fish_natsx_using_subcommand kv; and __fish_seen_subcommand_from compact" -l nkey -d 'NKey seed file' -r -F
complete -c natsx -n "__fish_natsx_using_subcommand kv; and __fish_seen_subcommand_from compact" -l timeout -d 'Time to wait on connect and on responses (e.g. 5s, 500ms)' -r
complete -c natsx -n "__fish_natsx_using_subcommand kv; and __fish_seen_subcommand_from compact" -l connection-name -d 'Name of this connection, as the server shows it' -r
complete -c natsx -n "__fish_natsx_using_subcommand kv; and __fish_seen_subcommand_from compact" -l tlscert -d 'TLS client certificate file (with --tlskey)' -r -F
complete -c natsx -n "__fish_natsx_using_subcommand kv; and __fish_seen_subcommand_from compact" -l tlskey -d 'TLS client key file' -r -F
complete -c natsx -n "__fish_natsx_using_subcommand kv; and __fish_seen_subcommand_from compact" -l tlsca -d 'CA file that signed the server\'s certificate (TLS is then required)' -r -F
complete -c natsx -n "__fish_natsx_using_subcommand kv; and __fish_seen_subcommand_from compact" -s f -l force
complete -c natsx -n "__fish_natsx_using_subcommand kv; and __fish_seen_subcommand_from compact" -l tlsfirst -d 'Start TLS before the server\'s INFO (for servers with handshake_first)'
complete -c natsx -n "__fish_natsx_using_subcommand kv; and __fish_seen_subcommand_from compact" -s h -l help -d 'Print help'
complete -c natsx -n "__fish_natsx_using_subcommand kv; and __fish_seen_subcommand_from compact" -s V -l version -d 'Print version'
complete -c natsx -n "__fish_natsx_using_subcommand kv; and __fish_seen_subcommand_from help" -f -a "add" -d 'Create a bucket'
complete -c natsx -n "__fish_natsx_using_subcommand kv; and __fish_seen_subcommand_from help" -f -a "info" -d 'Show a bucket\'s configuration and state'
complete -c natsx -n "__fish_natsx_using_subcommand kv; and __fish_seen_subcommand_from help" -f -a "ls" -d 'List buckets'
complete -c natsx -n "__fish_natsx_using_subcommand kv; and __fish_seen_subcommand_from help" -f -a "rm" -d 'Delete a bucket and all its values'
complete -c natsx -n "__fish_natsx_using_subcommand kv; and __fish_seen_subcommand_from help" -f -a "put" -d 'Store a value'
complete -c natsx -n "__fish_natsx_using_subcommand kv; and __fish_seen_subcommand_from help" -f -a "get" -d 'Show a value'
complete -c natsx -n "__fish_natsx_using_subcommand kv; and __fish_seen_subcommand_from help" -f -a "create" -d 'Store a value only if the key has none'
complete -c natsx -n "__fish_natsx_using_subcommand kv; and __fish_seen_subcommand_from help" -f -a "update" -d 'Replace a value only if it is still at the given revision (compare and set)'
complete -c natsx -n "__fish_natsx_using_subcommand kv; and __fish_seen_subcommand_from help" -f -a "del" -d 'Delete a key (leaves a delete marker; history is kept)'
complete -c natsx -n "__fish_natsx_using_subcommand kv; and __fish_seen_subcommand_from help" -f -a "purge" -d 'Remove a key and its history (leaves a purge marker)'
complete -c natsx -n "__fish_natsx_using_subcommand kv; and __fish_seen_subcommand_from help" -f -a "history" -d 'Show every stored revision of a key'
complete -c natsx -n "__fish_natsx_using_subcommand kv; and __fish_seen_subcommand_from help" -f -a "keys" -d 'List the keys that have a value'
complete -c natsx -n "__fish_natsx_using_subcommand kv; and __fish_seen_subcommand_from help" -f -a "watch" -d 'Print changes as they happen'
complete -c natsx -n "__fish_natsx_using_subcommand kv; and __fish_seen_subcommand_from help" -f -a "compact" -d 'Remove delete and purge markers left by deleted keys'
complete -c natsx -n "__fish_natsx_using_subcommand kv; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c natsx -n "__fish_natsx_using_subcommand obj; and not __fish_seen_subcommand_from add info ls rm put get del seal watch help" -s s -l server -d 'NATS server URLs, comma separated [default: the context\'s, else nats://127.0.0.1:4222]' -r
complete -c natsx -n "__fish_natsx_using_subcommand obj; and not __fish_seen_subcommand_from add info ls rm put get del seal watch help" -l context -d 'The connection context to use (`natsx context`), instead of the selected one' -r
complete -c natsx -n "__fish_natsx_using_subcommand obj; and not __fish_seen_subcommand_from add info ls rm put get del seal watch help" -l user -d 'Username or token' -r
complete -c natsx -n "__fish_natsx_using_subcommand obj; and not __fish_seen_subcommand_from add info ls rm put get del seal watch help" -l password -d 'Password' -r
complete -c natsx -n "__fish_natsx_using_subcommand obj; and not __fish_seen_subcommand_from add info ls rm put get del seal watch help" -l token -d 'Authentication token' -r
complete -c natsx -n "__fish_natsx_using_subcommand obj; and not __fish_seen_subcommand_from add info ls rm put get del seal watch help" -l creds -d 'User credentials file (JWT and seed)' -r -F
complete -c natsx -n "__fish_natsx_using_subcommand obj; and not __fish_seen_subcommand_from add info ls rm put get del seal watch help" -l nkey -d 'NKey seed file' -r -F
complete -c natsx -n "__fish_natsx_using_subcommand obj; and not __fish_seen_subcommand_from add info ls rm put get del seal watch help" -l timeout -d 'Time to wait on connect and on responses (e.g. 5s, 500ms)' -r
complete -c natsx -n "__fish_natsx_using_subcommand obj; and not __fish_seen_subcommand_from add info ls rm put get del seal watch help" -l connection-name -d 'Name of this connection, as the server shows it' -r
complete -c natsx -n "__fish_natsx_using_subcommand obj; and not __fish_seen_subcommand_from add info ls rm put get del seal watch help" -l tlscert -d 'TLS client certificate file (with --tlskey)' -r -F
complete -c natsx -n "__fish_natsx_using_subcommand obj; and not __fish_seen_subcommand_from add info ls rm put get del seal watch help" -l tlskey -d 'TLS client key file' -r -F
complete -c natsx -n "__fish_natsx_using_subcommand obj; and not __fish_seen_subcommand_from add info ls rm put get del seal watch help" -l tlsca -d 'CA file that signed the server\'s certificate (TLS is then required)' -r -F
complete -c natsx -n "__fish_natsx_using_subcommand obj; and not __fish_seen_subcommand_from add info ls rm put get del seal watch help" -l tlsfirst -d 'Start TLS before the server\'s INFO (for servers with handshake_first)'
complete -c natsx -n "__fish_natsx_using_subcommand obj; and not __fish_seen_subcommand_from add info ls rm put get del seal watch help" -s h -l help -d 'Print help'
complete -c natsx -n "__fish_natsx_using_subcommand obj; and not __fish_seen_subcommand_from add info ls rm put get del seal watch help" -s V -l version -d 'Print version'
complete -c natsx -n "__fish_natsx_using_subcommand obj; and not __fish_seen_subcommand_from add info ls rm put get del seal watch help" -f -a "add" -d 'Create a bucket'
complete -c natsx -n "__fish_natsx_using_subcommand obj; and not __fish_seen_subcommand_from add info ls rm put get del seal watch help" -f -a "info" -d 'Show a bucket, or one object in it'
complete -c natsx -n "__fish_natsx_using_subcommand obj; and not __fish_seen_subcommand_from add info ls rm put get del seal watch help" -f -a "ls" -d 'List buckets, or the objects in one'
complete -c natsx -n "__fish_natsx_using_subcommand obj; and not __fish_seen_subcommand_from add info ls rm put get del seal watch help" -f -a "rm" -d 'Delete a bucket and everything in it'
complete -c natsx -n "__fish_natsx_using_subcommand obj; and not __fish_seen_subcommand_from add info ls rm put get del seal watch help" -f -a "put" -d 'Upload a file (or standard input with `-`)'
complete -c natsx -n "__fish_natsx_using_subcommand obj; and not __fish_seen_subcommand_from add info ls rm put get del seal watch help" -f -a "get" -d 'Download an object to a file (or standard output with `-O -`)'
complete -c natsx -n "__fish_natsx_using_subcommand obj; and not __fish_seen_subcommand_from add info ls rm put get del seal watch help" -f -a "del" -d 'Delete an object'
complete -c natsx -n "__fish_natsx_using_subcommand obj; and not __fish_seen_subcommand_from add info ls rm put get del seal watch help" -f -a "seal" -d 'Make a bucket read-only'
complete -c natsx -n "__fish_natsx_using_subcommand obj; and not __fish_seen_subcommand_from add info ls rm put get del seal watch help" -f -a "watch" -d 'Print changes to a bucket as they happen'
complete -c natsx -n "__fish_natsx_using_subcommand obj; and not __fish_seen_subcommand_from add info ls rm put get del seal watch help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c natsx -n "__fish_natsx_using_subcommand obj; and __fish_seen_subcommand_from add" -l ttl -d 'How long objects live (e.g. 7d; 0 forever)' -r
complete -c natsx -n "__fish_natsx_using_subcommand obj; and __fish_seen_subcommand_from add" -l max-bucket-size -d 'Largest total size of the bucket (e.g. 10GB)' -r
complete -c natsx -n "__fish_natsx_using_subcommand obj; and __fish_seen_subcommand_from add" -l storage -d 'file or memory' -r
complete -c natsx -n "__fish_natsx_using_subcommand obj; and __fish_seen_subcommand_from add" -l replicas -r
complete -c natsx -n "__fish_natsx_using_subcommand obj; and __fish_seen_subcommand_from add" -l description -r
complete -c natsx -n "__fish_natsx_using_subcommand obj; and __fish_seen_subcommand_from add" -s s -l server -d 'NATS server URLs, comma separated [default: the context\'s, else nats://127.0.0.1:4222]' -r
complete -c natsx -n "__fish_natsx_using_subcommand obj; and __fish_seen_subcommand_from add" -l context -d 'The connection context to use (`natsx context`), instead of the selected one' -r
complete -c natsx -n "__fish_natsx_using_subcommand obj; and __fish_seen_subcommand_from add" -l user -d 'Username or token' -r
complete -c natsx -n "__fish_natsx_using_subcommand obj; and __fish_seen_subcommand_from add" -l password -d 'Password' -r
complete -c natsx -n "__fish_natsx_using_subcommand obj; and __fish_seen_subcommand_from add" -l token -d 'Authentication token' -r
complete -c natsx -n "__fish_natsx_using_subcommand obj; and __fish_seen_subcommand_from add" -l creds -d 'User credentials file (JWT and seed)' -r -F
complete -c natsx -n "__fish_natsx_using_subcommand obj; and __fish_seen_subcommand_from add" -l nkey -d 'NKey seed file' -r -F
complete -c natsx -n "__fish_natsx_using_subcommand obj; and __fish_seen_subcommand_from add" -l timeout -d 'Time to wait on connect and on responses (e.g. 5s, 500ms)' -r
complete -c natsx -n "__fish_natsx_using_subcommand obj; and __fish_seen_subcommand_from add" -l connection-name -d 'Name of this connection, as the server shows it' -r
complete -c natsx -n "__fish_natsx_using_subcommand obj; and __fish_seen_subcommand_from add" -l tlscert -d 'TLS client certificate file (with --tlskey)' -r -F
complete -c natsx -n "__fish_natsx_using_subcommand obj; and __fish_seen_subcommand_from add" -l tlskey -d 'TLS client key file' -r -F
complete -c natsx -n "__fish_natsx_using_subcommand obj; and __fish_seen_subcommand_from add" -l tlsca -d 'CA file that signed the server\'s certificate (TLS is then required)' -r -F
complete -c natsx -n "__fish_natsx_using_subcommand obj; and __fish_seen_subcommand_from add" -l json
complete -c natsx -n "__fish_natsx_using_subcommand obj; and __fish_seen_subcommand_from add" -l tlsfirst -d 'Start TLS before the server\'s INFO (for servers with handshake_first)'
complete -c natsx -n "__fish_natsx_using_subcommand obj; and __fish_seen_subcommand_from add" -s h -l help -d 'Print help'
complete -c natsx -n "__fish_natsx_using_subcommand obj; and __fish_seen_subcommand_from add" -s V -l version -d 'Print version'
complete -c natsx -n "__fish_natsx_using_subcommand obj; and __fish_seen_subcommand_from info" -s s -l server -d 'NATS server URLs, comma separated [default: the context\'s, else nats://127.0.0.1:4222]' -r
complete -c natsx -n "__fish_natsx_using_subcommand obj; and __fish_seen_subcommand_from info" -l context -d 'The connection context to use (`natsx context`), instead of the selected one' -r
complete -c natsx -n "__fish_natsx_using_subcommand obj; and __fish_seen_subcommand_from info" -l user -d 'Username or token' -r
complete -c natsx -n "__fish_natsx_using_subcommand obj; and __fish_seen_subcommand_from info" -l password -d 'Password' -r
complete -c natsx -n "__fish_natsx_using_subcommand obj; and __fish_seen_subcommand_from info" -l token -d 'Authentication token' -r
complete -c natsx -n "__fish_natsx_using_subcommand obj; and __fish_seen_subcommand_from info" -l creds -d 'User credentials file (JWT and seed)' -r -F
complete -c natsx -n "__fish_natsx_using_subcommand obj; and __fish_seen_subcommand_from info" -l nkey -d 'NKey seed file' -r -F
complete -c natsx -n "__fish_natsx_using_subcommand obj; and __fish_seen_subcommand_from info" -l timeout -d 'Time to wait on connect and on responses (e.g. 5s, 500ms)' -r
complete -c natsx -n "__fish_natsx_using_subcommand obj; and __fish_seen_subcommand_from info" -l connection-name -d 'Name of this connection, as the server shows it' -r
complete -c natsx -n "__fish_natsx_using_subcommand obj; and __fish_seen_subcommand_from info" -l tlscert -d 'TLS client certificate file (with --tlskey)' -r -F
complete -c natsx -n "__fish_natsx_using_subcommand obj; and __fish_seen_subcommand_from info" -l tlskey -d 'TLS client key file' -r -F
complete -c natsx -n "__fish_natsx_using_subcommand obj; and __fish_seen_subcommand_from info" -l tlsca -d 'CA file that signed the server\'s certificate (TLS is then required)' -r -F
complete -c natsx -n "__fish_natsx_using_subcommand obj; and __fish_seen_subcommand_from info" -l json
complete -c natsx -n "__fish_natsx_using_subcommand obj; and __fish_seen_subcommand_from info" -l tlsfirst -d 'Start TLS before the server\'s INFO (for servers with handshake_first)'
complete -c natsx -n "__fish_natsx_using_subcommand obj; and __fish_seen_subcommand_from info" -s h -l help -d 'Print help'
complete -c natsx -n "__fish_natsx_using_subcommand obj; and __fish_seen_subcommand_from info" -s V -l version -d 'Print version'
complete -c natsx -n "__fish_natsx_using_subcommand obj; and __fish_seen_subcommand_from ls" -s s -l server -d 'NATS server URLs, comma separated [default: the context\'s, else nats://127.0.0.1:4222]' -r
complete -c natsx -n "__fish_natsx_using_subcommand obj; and __fish_seen_subcommand_from ls" -l context -d 'The connection context to use (`natsx context`), instead of the selected one' -r
complete -c natsx -n "__fish_natsx_using_subcommand obj; and __fish_seen_subcommand_from ls" -l user -d 'Username or token' -r
complete -c natsx -n "__fish_natsx_using_subcommand obj; and __fish_seen_subcommand_from ls" -l password -d 'Password' -r
complete -c natsx -n "__fish_natsx_using_subcommand obj; and __fish_seen_subcommand_from ls" -l token -d 'Authentication token' -r
complete -c natsx -n "__fish_natsx_using_subcommand obj; and __fish_seen_subcommand_from ls" -l creds -d 'User credentials file (JWT and seed)' -r -F
complete -c natsx -n "__fish_natsx_using_subcommand obj; and __fish_seen_subcommand_from ls" -l nkey -d 'NKey seed file' -r -F
complete -c natsx -n "__fish_natsx_using_subcommand obj; and __fish_seen_subcommand_from ls" -l timeout -d 'Time to wait on connect and on responses (e.g. 5s, 500ms)' -r
complete -c natsx -n "__fish_natsx_using_subcommand obj; and __fish_seen_subcommand_from ls" -l connection-name -d 'Name of this connection, as the server shows it' -r
complete -c natsx -n "__fish_natsx_using_subcommand obj; and __fish_seen_subcommand_from ls" -l tlscert -d 'TLS client certificate file (with --tlskey)' -r -F
complete -c natsx -n "__fish_natsx_using_subcommand obj; and __fish_seen_subcommand_from ls" -l tlskey -d 'TLS client key file' -r -F
complete -c natsx -n "__fish_natsx_using_subcommand obj; and __fish_seen_subcommand_from ls" -l tlsca -d 'CA file that signed the server\'s certificate (TLS is then required)' -r -F
complete -c natsx -n "__fish_natsx_using_subcommand obj; and __fish_seen_subcommand_from ls" -l json
complete -c natsx -n "__fish_natsx_using_subcommand obj; and __fish_seen_subcommand_from ls" -l tlsfirst -d 'Start TLS before the server\'s INFO (for servers with handshake_first)'
complete -c natsx -n "__fish_natsx_using_subcommand obj; and __fish_seen_subcommand_from ls" -s h -l help -d 'Print help'
complete -c natsx -n "__fish_natsx_using_subcommand obj; and __fish_seen_subcommand_from ls" -s V -l version -d 'Print version'
complete -c natsx -n "__fish_natsx_using_subcommand obj; and __fish_seen_subcommand_from rm" -s s -l server -d 'NATS server URLs, comma separated [default: the context\'s, else nats://127.0.0.1:4222]' -r
complete -c natsx -n "__fish_natsx_using_subcommand obj; and __fish_seen_subcommand_from rm" -l context -d 'The connection context to use (`natsx context`), instead of the selected one' -r
complete -c natsx -n "__fish_natsx_using_subcommand obj; and __fish_seen_subcommand_from rm" -l user -d 'Username or token' -r
complete -c natsx -n "__fish_natsx_using_subcommand obj; and __fish_seen_subcommand_from rm" -l password -d 'Password' -r
complete -c natsx -n "__fish_natsx_using_subcommand obj; and __fish_seen_subcommand_from rm" -l token -d 'Authentication token' -r
complete -c natsx -n "__fish_natsx_using_subcommand obj; and __fish_seen_subcommand_from rm" -l creds -d 'User credentials file (JWT and seed)' -r -F
complete -c natsx -n "__fish_natsx_using_subcommand obj; and __fish_seen_subcommand_from rm" -l nkey -d 'NKey seed file' -r -F
complete -c natsx -n "__fish_natsx_using_subcommand obj; and __fish_seen_subcommand_from rm" -l timeout -d 'Time to wait on connect and on responses (e.g. 5s, 500ms)' -r
complete -c natsx -n "__fish_natsx_using_subcommand obj; and __fish_seen_subcommand_from rm" -l connection-name -d 'Name of this connection, as the server shows it' -r
complete -c natsx -n "__fish_natsx_using_subcommand obj; and __fish_seen_subcommand_from rm" -l tlscert -d 'TLS client certificate file (with --tlskey)' -r -F
complete -c natsx -n "__fish_natsx_using_subcommand obj; and __fish_seen_subcommand_from rm" -l tlskey -d 'TLS client key file' -r -F
complete -c natsx -n "__fish_natsx_using_subcommand obj; and __fish_seen_subcommand_from rm" -l tlsca -d 'CA file that signed the server\'s certificate (TLS is then required)' -r -F
complete -c natsx -n "__fish_natsx_using_subcommand obj; and __fish_seen_subcommand_from rm" -s f -l force
complete -c natsx -n "__fish_natsx_using_subcommand obj; and __fish_seen_subcommand_from rm" -l tlsfirst -d 'Start TLS before the server\'s INFO (for servers with handshake_first)'
complete -c natsx -n "__fish_natsx_using_subcommand obj; and __fish_seen_subcommand_from rm" -s h -l help -d 'Print help'
complete -c natsx -n "__fish_natsx_using_subcommand obj; and __fish_seen_subcommand_from rm" -s V -l version -d 'Print version'
complete -c natsx -n "__fish_natsx_using_subcommand obj; and __fish_seen_subcommand_from put" -l name -d 'Object name (default: the file\'s name)' -r
complete -c natsx -n "__fish_natsx_using_subcommand obj; and __fish_seen_subcommand_from put" -l description -r
complete -c natsx -n "__fish_natsx_using_subcommand obj; and __fish_seen_subcommand_from put" -s s -l server -d 'NATS server URLs, comma separated [default: the context\'s, else nats://127.0.0.1:4222]' -r
complete -c natsx -n "__fish_natsx_using_subcommand obj; and __fish_seen_subcommand_from put" -l context -d 'The connection context to use (`natsx context`), instead of the selected one' -r
complete -c natsx -n "__fish_natsx_using_subcommand obj; and __fish_seen_subcommand_from put" -l user -d 'Username or token' -r
complete -c natsx -n "__fish_natsx_using_subcommand obj; and __fish_seen_subcommand_from put" -l password -d 'Password' -r
complete -c natsx -n "__fish_natsx_using_subcommand obj; and __fish_seen_subcommand_from put" -l token -d 'Authentication token' -r
complete -c natsx -n "__fish_natsx_using_subcommand obj; and __fish_seen_subcommand_from put" -l creds -d 'User credentials file (JWT and seed)' -r -F
complete -c natsx -n "__fish_natsx_using_subcommand obj; and __fish_seen_subcommand_from put" -l nkey -d 'NKey seed file' -r -F
complete -c natsx -n "__fish_natsx_using_subcommand obj; and __fish_seen_subcommand_from put" -l timeout -d 'Time to wait on connect and on responses (e.g. 5s, 500ms)' -r
complete -c natsx -n "__fish_natsx_using_subcommand obj; and __fish_seen_subcommand_from put" -l connection-name -d 'Name of this connection, as the server shows it' -r
complete -c natsx -n "__fish_natsx_using_subcommand obj; and __fish_seen_subcommand_from put" -l tlscert -d 'TLS client certificate file (with --tlskey)' -r -F
complete -c natsx -n "__fish_natsx_using_subcommand obj; and __fish_seen_subcommand_from put" -l tlskey -d 'TLS client key file' -r -F
complete -c natsx -n "__fish_natsx_using_subcommand obj; and __fish_seen_subcommand_from put" -l tlsca -d 'CA file that signed the server\'s certificate (TLS is then required)' -r -F
complete -c natsx -n "__fish_natsx_using_subcommand obj; and __fish_seen_subcommand_from put" -l no-progress -d 'No progress bar'
complete -c natsx -n "__fish_natsx_using_subcommand obj; and __fish_seen_subcommand_from put" -l json
complete -c natsx -n "__fish_natsx_using_subcommand obj; and __fish_seen_subcommand_from put" -l tlsfirst -d 'Start TLS before the server\'s INFO (for servers with handshake_first)'
complete -c natsx -n "__fish_natsx_using_subcommand obj; and __fish_seen_subcommand_from put" -s h -l help -d 'Print help'
complete -c natsx -n "__fish_natsx_using_subcommand obj; and __fish_seen_subcommand_from put" -s V -l version -d 'Print version'
complete -c natsx -n "__fish_natsx_using_subcommand obj; and __fish_seen_subcommand_from get" -s O -l output -d 'Where to write it (default: the object\'s name); `-` writes standard output' -r
complete -c natsx -n "__fish_natsx_using_subcommand obj; and __fish_seen_subcommand_from get" -s s -l server -d 'NATS server URLs, comma separated [default: the context\'s, else nats://127.0.0.1:4222]' -r
complete -c natsx -n "__fish_natsx_using_subcommand obj; and __fish_seen_subcommand_from get" -l context -d 'The connection context to use (`natsx context`), instead of the selected one' -r
complete -c natsx -n "__fish_natsx_using_subcommand obj; and __fish_seen_subcommand_from get" -l user -d 'Username or token' -r
complete -c natsx -n "__fish_natsx_using_subcommand obj; and __fish_seen_subcommand_from get" -l password -d 'Password' -r
complete -c natsx -n "__fish_natsx_using_subcommand obj; and __fish_seen_subcommand_from get" -l token -d 'Authentication token' -r
complete -c natsx -n "__fish_natsx_using_subcommand obj; and __fish_seen_subcommand_from get" -l creds -d 'User credentials file (JWT and seed)' -r -F
complete -c natsx -n "__fish_natsx_using_subcommand obj; and __fish_seen_subcommand_from get" -l nkey -d 'NKey seed file' -r -F
complete -c natsx -n "__fish_natsx_using_subcommand obj; and __fish_seen_subcommand_from get" -l timeout -d 'Time to wait on connect and on responses (e.g. 5s, 500ms)' -r
complete -c natsx -n "__fish_natsx_using_subcommand obj; and __fish_seen_subcommand_from get" -l connection-name -d 'Name of this connection, as the server shows it' -r
complete -c natsx -n "__fish_natsx_using_subcommand obj; and __fish_seen_subcommand_from get" -l tlscert -d 'TLS client certificate file (with --tlskey)' -r -F
complete -c natsx -n "__fish_natsx_using_subcommand obj; and __fish_seen_subcommand_from get" -l tlskey -d 'TLS client key file' -r -F
complete -c natsx -n "__fish_natsx_using_subcommand obj; and __fish_seen_subcommand_from get" -l tlsca -d 'CA file that signed the server\'s certificate (TLS is then required)' -r -F
complete -c natsx -n "__fish_natsx_using_subcommand obj; and __fish_seen_subcommand_from get" -l no-progress -d 'No progress bar'
complete -c natsx -n "__fish_natsx_using_subcommand obj; and __fish_seen_subcommand_from get" -l tlsfirst -d 'Start TLS before the server\'s INFO (for servers with handshake_first)'
complete -c natsx -n "__fish_natsx_using_subcommand obj; and __fish_seen_subcommand_from get" -s h -l help -d 'Print help'
complete -c natsx -n "__fish_natsx_using_subcommand obj; and __fish_seen_subcommand_from get" -s V -l version -d 'Print version'
complete -c natsx -n "__fish_natsx_using_subcommand obj; and __fish_seen_subcommand_from del" -s s -l server -d 'NATS server URLs, comma separated [default: the context\'s, else nats://127.0.0.1:4222]' -r
complete -c natsx -n "__fish_natsx_using_subcommand obj; and __fish_seen_subcommand_from del" -l context -d 'The connection context to use (`natsx context`), instead of the selected one' -r
complete -c natsx -n "__fish_natsx_using_subcommand obj; and __fish_seen_subcommand_from del" -l user -d 'Username or token' -r
complete -c natsx -n "__fish_natsx_using_subcommand obj; and __fish_seen_subcommand_from del" -l password -d 'Password' -r
complete -c natsx -n "__fish_natsx_using_subcommand obj; and __fish_seen_subcommand_from del" -l token -d 'Authentication token' -r
complete -c natsx -n "__fish_natsx_using_subcommand obj; and __fish_seen_subcommand_from del" -l creds -d 'User credentials file (JWT and seed)' -r -F
complete -c natsx -n "__fish_natsx_using_subcommand obj; and __fish_seen_subcommand_from del" -l nkey -d 'NKey seed file' -r -F
complete -c natsx -n "__fish_natsx_using_subcommand obj; and __fish_seen_subcommand_from del" -l timeout -d 'Time to wait on connect and on responses (e.g. 5s, 500ms)' -r
complete -c natsx -n "__fish_natsx_using_subcommand obj; and __fish_seen_subcommand_from del" -l connection-name -d 'Name of this connection, as the server shows it' -r
complete -c natsx -n "__fish_natsx_using_subcommand obj; and __fish_seen_subcommand_from del" -l tlscert -d 'TLS client certificate file (with --tlskey)' -r -F
complete -c natsx -n "__fish_natsx_using_subcommand obj; and __fish_seen_subcommand_from del" -l tlskey -d 'TLS client key file' -r -F
complete -c natsx -n "__fish_natsx_using_subcommand obj; and __fish_seen_subcommand_from del" -l tlsca -d 'CA file that signed the server\'s certificate (TLS is then required)' -r -F
complete -c natsx -n "__fish_natsx_using_subcommand obj; and __fish_seen_subcommand_from del" -s f -l force
complete -c natsx -n "__fish_natsx_using_subcommand obj; and __fish_seen_subcommand_from del" -l tlsfirst -d 'Start TLS before the server\'s INFO (for servers with handshake_first)'
complete -c natsx -n "__fish_natsx_using_subcommand obj; and __fish_seen_subcommand_from del" -s h -l help -d 'Print help'
complete -c natsx -n "__fish_natsx_using_subcommand obj; and __fish_seen_subcommand_from del" -s V -l version -d 'Print version'
complete -c natsx -n "__fish_natsx_using_subcommand obj; and __fish_seen_subcommand_from seal" -s s -l server -d 'NATS server URLs, comma separated [default: the context\'s, else nats://127.0.0.1:4222]' -r
complete -c natsx -n "__fish_natsx_using_subcommand obj; and __fish_seen_subcommand_from seal" -l context -d 'The connection context to use (`natsx context`), instead of the selected one' -r
complete -c natsx -n "__fish_natsx_using_subcommand obj; and __fish_seen_subcommand_from seal" -l user -d 'Username or token' -r
complete -c natsx -n "__fish_natsx_using_subcommand obj; and __fish_seen_subcommand_from seal" -l password -d 'Password' -r
complete -c natsx -n "__fish_natsx_using_subcommand obj; and __fish_seen_subcommand_from seal" -l token -d 'Authentication token' -r
complete -c natsx -n "__fish_natsx_using_subcommand obj; and __fish_seen_subcommand_from seal" -l creds -d 'User credentials file (JWT and seed)' -r -F
complete -c natsx -n "__fish_natsx_using_subcommand obj; and __fish_seen_subcommand_from seal" -l nkey -d 'NKey seed file' -r -F
complete -c natsx -n "__fish_natsx_using_subcommand obj; and __fish_seen_subcommand_from seal" -l timeout -d 'Time to wait on connect and on responses (e.g. 5s, 500ms)' -r
complete -c natsx -n "__fish_natsx_using_subcommand obj; and __fish_seen_subcommand_from seal" -l connection-name -d 'Name of this connection, as the server shows it' -r
complete -c natsx -n "__fish_natsx_using_subcommand obj; and __fish_seen_subcommand_from seal" -l tlscert -d 'TLS client certificate file (with --tlskey)' -r -F
complete -c natsx -n "__fish_natsx_using_subcommand obj; and __fish_seen_subcommand_from seal" -l tlskey -d 'TLS client key file' -r -F
complete -c natsx -n "__fish_natsx_using_subcommand obj; and __fish_seen_subcommand_from seal" -l tlsca -d 'CA file that signed the server\'s certificate (TLS is then required)' -r -F
complete -c natsx -n "__fish_natsx_using_subcommand obj; and __fish_seen_subcommand_from seal" -s f -l force
complete -c natsx -n "__fish_natsx_using_subcommand obj; and __fish_seen_subcommand_from seal" -l tlsfirst -d 'Start TLS before the server\'s INFO (for servers with handshake_first)'
complete -c natsx -n "__fish_natsx_using_subcommand obj; and __fish_seen_subcommand_from seal" -s h -l help -d 'Print help'
complete -c natsx -n "__fish_natsx_using_subcommand obj; and __fish_seen_subcommand_from seal" -s V -l version -d 'Print version'
complete -c natsx -n "__fish_natsx_using_subcommand obj; and __fish_seen_subcommand_from watch" -l count -d 'Stop after this many changes (0: until interrupted)' -r
complete -c natsx -n "__fish_natsx_using_subcommand obj; and __fish_seen_subcommand_from watch" -s s -l server -d 'NATS server URLs, comma separated [default: the context\'s, else nats://127.0.0.1:4222]' -r
complete -c natsx -n "__fish_natsx_using_subcommand obj; and __fish_seen_subcommand_from watch" -l context -d 'The connection context to use (`natsx context`), instead of the selected one' -r
complete -c natsx -n "__fish_natsx_using_subcommand obj; and __fish_seen_subcommand_from watch" -l user -d 'Username or token' -r
complete -c natsx -n "__fish_natsx_using_subcommand obj; and __fish_seen_subcommand_from watch" -l password -d 'Password' -r
complete -c natsx -n "__fish_natsx_using_subcommand obj; and __fish_seen_subcommand_from watch" -l token -d 'Authentication token' -r
complete -c natsx -n "__fish_natsx_using_subcommand obj; and __fish_seen_subcommand_from watch" -l creds -d 'User credentials file (JWT and seed)' -r -F
complete -c natsx -n "__fish_natsx_using_subcommand obj; and __fish_seen_subcommand_from watch" -l nkey -d 'NKey seed file' -r -F
complete -c natsx -n "__fish_natsx_using_subcommand obj; and __fish_seen_subcommand_from watch" -l timeout -d 'Time to wait on connect and on responses (e.g. 5s, 500ms)' -r
complete -c natsx -n "__fish_natsx_using_subcommand obj; and __fish_seen_subcommand_from watch" -l connection-name -d 'Name of this connection, as the server shows it' -r
complete -c natsx -n "__fish_natsx_using_subcommand obj; and __fish_seen_subcommand_from watch" -l tlscert -d 'TLS client certificate file (with --tlskey)' -r -F
complete -c natsx -n "__fish_natsx_using_subcommand obj; and __fish_seen_subcommand_from watch" -l tlskey -d 'TLS client key file' -r -F
complete -c natsx -n "__fish_natsx_using_subcommand obj; and __fish_seen_subcommand_from watch" -l tlsca -d 'CA file that signed the server\'s certificate (TLS is then required)' -r -F
complete -c natsx -n "__fish_natsx_using_subcommand obj; and __fish_seen_subcommand_from watch" -l tlsfirst -d 'Start TLS before the server\'s INFO (for servers with handshake_first)'
complete -c natsx -n "__fish_natsx_using_subcommand obj; and __fish_seen_subcommand_from watch" -s h -l help -d 'Print help'
complete -c natsx -n "__fish_natsx_using_subcommand obj; and __fish_seen_subcommand_from watch" -s V -l version -d 'Print version'
complete -c natsx -n "__fish_natsx_using_subcommand obj; and __fish_seen_subcommand_from help" -f -a "add" -d 'Create a bucket'
complete -c natsx -n "__fish_natsx_using_subcommand obj; and __fish_seen_subcommand_from help" -f -a "info" -d 'Show a bucket, or one object in it'
complete -c natsx -n "__fish_natsx_using_subcommand obj; and __fish_seen_subcommand_from help" -f -a "ls" -d 'List buckets, or the objects in one'
complete -c natsx -n "__fish_natsx_using_subcommand obj; and __fish_seen_subcommand_from help" -f -a "rm" -d 'Delete a bucket and everything in it'
complete -c natsx -n "__fish_natsx_using_subcommand obj; and __fish_seen_subcommand_from help" -f -a "put" -d 'Upload a file (or standard input with `-`)'
complete -c natsx -n "__fish_natsx_using_subcommand obj; and __fish_seen_subcommand_from help" -f -a "get" -d 'Download an object to a file (or standard output with `-O -`)'
complete -c natsx -n "__fish_natsx_using_subcommand obj; and __fish_seen_subcommand_from help" -f -a "del" -d 'Delete an object'
complete -c natsx -n "__fish_natsx_using_subcommand obj; and __fish_seen_subcommand_from help" -f -a "seal" -d 'Make a bucket read-only'
complete -c natsx -n "__fish_natsx_using_subcommand obj; and __fish_seen_subcommand_from help" -f -a "watch" -d 'Print changes to a bucket as they happen'
complete -c natsx -n "__fish_natsx_using_subcommand obj; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c natsx -n "__fish_natsx_using_subcommand account; and not __fish_seen_subcommand_from info nkey init add edit generate describe list callout revocations push pull help" -l operator -d 'The operator whose store to use (default: the current one, as nsc)' -r
complete -c natsx -n "__fish_natsx_using_subcommand account; and not __fish_seen_subcommand_from info nkey init add edit generate describe list callout revocations push pull help" -s s -l server -d 'NATS server URLs, comma separated [default: the context\'s, else nats://127.0.0.1:4222]' -r
complete -c natsx -n "__fish_natsx_using_subcommand account; and not __fish_seen_subcommand_from info nkey init add edit generate describe list callout revocations push pull help" -l context -d 'The connection context to use (`natsx context`), instead of the selected one' -r
complete -c natsx -n "__fish_natsx_using_subcommand account; and not __fish_seen_subcommand_from info nkey init add edit generate describe list callout revocations push pull help" -l user -d 'Username or token' -r
complete -c natsx -n "__fish_natsx_using_subcommand account; and not __fish_seen_subcommand_from info nkey init add edit generate describe list callout revocations push pull help" -l password -d 'Password' -r
complete -c natsx -n "__fish_natsx_using_subcommand account; and not __fish_seen_subcommand_from info nkey init add edit generate describe list callout revocations push pull help" -l token -d 'Authentication token' -r
complete -c natsx -n "__fish_natsx_using_subcommand account; and not __fish_seen_subcommand_from info nkey init add edit generate describe list callout revocations push pull help" -l creds -d 'User credentials file (JWT and seed)' -r -F
complete -c natsx -n "__fish_natsx_using_subcommand account; and not __fish_seen_subcommand_from info nkey init add edit generate describe list callout revocations push pull help" -l nkey -d 'NKey seed file' -r -F
complete -c natsx -n "__fish_natsx_using_subcommand account; and not __fish_seen_subcommand_from info nkey init add edit generate describe list callout revocations push pull help" -l timeout -d 'Time to wait on connect and on responses (e.g. 5s, 500ms)' -r
complete -c natsx -n "__fish_natsx_using_subcommand account; and not __fish_seen_subcommand_from info nkey init add edit generate describe list callout revocations push pull help" -l connection-name -d 'Name of this connection, as the server shows it' -r
complete -c natsx -n "__fish_natsx_using_subcommand account; and not __fish_seen_subcommand_from info nkey init add edit generate describe list callout revocations push pull help" -l tlscert -d 'TLS client certificate file (with --tlskey)' -r -F
complete -c natsx -n "__fish_natsx_using_subcommand account; and not __fish_seen_subcommand_from info nkey init add edit generate describe list callout revocations push pull help" -l tlskey -d 'TLS client key file' -r -F
complete -c natsx -n "__fish_natsx_using_subcommand account; and not __fish_seen_subcommand_from info nkey init add edit generate describe list callout revocations push pull help" -l tlsca -d 'CA file that signed the server\'s certificate (TLS is then required)' -r -F
complete -c natsx -n "__fish_natsx_using_subcommand account; and not __fish_seen_subcommand_from info nkey init add edit generate describe list callout revocations push pull help" -l tlsfirst -d 'Start TLS before the server\'s INFO (for servers with handshake_first)'
complete -c natsx -n "__fish_natsx_using_subcommand account; and not __fish_seen_subcommand_from info nkey init add edit generate describe list callout revocations push pull help" -s h -l help -d 'Print help'
complete -c natsx -n "__fish_natsx_using_subcommand account; and not __fish_seen_subcommand_from info nkey init add edit generate describe list callout revocations push pull help" -s V -l version -d 'Print version'
complete -c natsx -n "__fish_natsx_using_subcommand account; and not __fish_seen_subcommand_from info nkey init add edit generate describe list callout revocations push pull help" -f -a "info" -d 'Show the connected account: connection, permissions, JetStream usage and limits'
complete -c natsx -n "__fish_natsx_using_subcommand account; and not __fish_seen_subcommand_from info nkey init add edit generate describe list callout revocations push pull help" -f -a "nkey" -d 'Make and use NKeys: gen, show, sign, verify (as `nats auth nkey`)'
complete -c natsx -n "__fish_natsx_using_subcommand account; and not __fish_seen_subcommand_from info nkey init add edit generate describe list callout revocations push pull help" -f -a "init" -d 'Create an operator with a system account, in an nsc store (as `nsc init`)'
complete -c natsx -n "__fish_natsx_using_subcommand account; and not __fish_seen_subcommand_from info nkey init add edit generate describe list callout revocations push pull help" -f -a "add" -d 'Add an operator, account or user (as `nsc add`)'
complete -c natsx -n "__fish_natsx_using_subcommand account; and not __fish_seen_subcommand_from info nkey init add edit generate describe list callout revocations push pull help" -f -a "edit" -d 'Change an account, or scope a signing key (as `nsc edit`)'
complete -c natsx -n "__fish_natsx_using_subcommand account; and not __fish_seen_subcommand_from info nkey init add edit generate describe list callout revocations push pull help" -f -a "generate" -d 'Generate a user\'s creds or a server configuration (as `nsc generate`)'
complete -c natsx -n "__fish_natsx_using_subcommand account; and not __fish_seen_subcommand_from info nkey init add edit generate describe list callout revocations push pull help" -f -a "describe" -d 'Show an operator, account or user JWT: from the store, a file or stdin (`--file -`)'
complete -c natsx -n "__fish_natsx_using_subcommand account; and not __fish_seen_subcommand_from info nkey init add edit generate describe list callout revocations push pull help" -f -a "list" -d 'List the store\'s keys (as `nsc list keys --all`)'
complete -c natsx -n "__fish_natsx_using_subcommand account; and not __fish_seen_subcommand_from info nkey init add edit generate describe list callout revocations push pull help" -f -a "callout" -d 'Run an auth callout service (`serve`) that admits the users of a file'
complete -c natsx -n "__fish_natsx_using_subcommand account; and not __fish_seen_subcommand_from info nkey init add edit generate describe list callout revocations push pull help" -f -a "revocations" -d 'Revoke users (as `nsc revocations`)'
complete -c natsx -n "__fish_natsx_using_subcommand account; and not __fish_seen_subcommand_from info nkey init add edit generate describe list callout revocations push pull help" -f -a "push" -d 'Send account JWTs to a server\'s NATS-based resolver, or remove them (as `nsc push`)'
complete -c natsx -n "__fish_natsx_using_subcommand account; and not __fish_seen_subcommand_from info nkey init add edit generate describe list callout revocations push pull help" -f -a "pull" -d 'Fetch account JWTs from a server\'s NATS-based resolver into the store (as `nsc pull`)'
complete -c natsx -n "__fish_natsx_using_subcommand account; and not __fish_seen_subcommand_from info nkey init add edit generate describe list callout revocations push pull help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c natsx -n "__fish_natsx_using_subcommand account; and __fish_seen_subcommand_from info" -l account -d 'Whose exports and imports to show (default: the connected account); the server tells them to users of the system account only' -r
complete -c natsx -n "__fish_natsx_using_subcommand account; and __fish_seen_subcommand_from info" -l operator -d 'The operator whose store to use (default: the current one, as nsc)' -r
complete -c natsx -n "__fish_natsx_using_subcommand account; and __fish_seen_subcommand_from info" -s s -l server -d 'NATS server URLs, comma separated [default: the context\'s, else nats://127.0.0.1:4222]' -r
complete -c natsx -n "__fish_natsx_using_subcommand account; and __fish_seen_subcommand_from info" -l context -d 'The connection context to use (`natsx context`), instead of the selected one' -r
complete -c natsx -n "__fish_natsx_using_subcommand account; and __fish_seen_subcommand_from info" -l user -d 'Username or token' -r
complete -c natsx -n "__fish_natsx_using_subcommand account; and __fish_seen_subcommand_from info" -l password -d 'Password' -r
complete -c natsx -n "__fish_natsx_using_subcommand account; and __fish_seen_subcommand_from info" -l token -d 'Authentication token' -r
complete -c natsx -n "__fish_natsx_using_subcommand account; and __fish_seen_subcommand_from info" -l creds -d 'User credentials file (JWT and seed)' -r -F
complete -c natsx -n "__fish_natsx_using_subcommand account; and __fish_seen_subcommand_from info" -l nkey -d 'NKey seed file' -r -F
complete -c natsx -n "__fish_natsx_using_subcommand account; and __fish_seen_subcommand_from info" -l timeout -d 'Time to wait on connect and on responses (e.g. 5s, 500ms)' -r
complete -c natsx -n "__fish_natsx_using_subcommand account; and __fish_seen_subcommand_from info" -l connection-name -d 'Name of this connection, as the server shows it' -r
complete -c natsx -n "__fish_natsx_using_subcommand account; and __fish_seen_subcommand_from info" -l tlscert -d 'TLS client certificate file (with --tlskey)' -r -F
complete -c natsx -n "__fish_natsx_using_subcommand account; and __fish_seen_subcommand_from info" -l tlskey -d 'TLS client key file' -r -F
complete -c natsx -n "__fish_natsx_using_subcommand account; and __fish_seen_subcommand_from info" -l tlsca -d 'CA file that signed the server\'s certificate (TLS is then required)' -r -F
complete -c natsx -n "__fish_natsx_using_subcommand account; and __fish_seen_subcommand_from info" -l json -d 'Print what the server said as JSON instead of tables'
complete -c natsx -n "__fish_natsx_using_subcommand account; and __fish_seen_subcommand_from info" -l tlsfirst -d 'Start TLS before the server\'s INFO (for servers with handshake_first)'
complete -c natsx -n "__fish_natsx_using_subcommand account; and __fish_seen_subcommand_from info" -s h -l help -d 'Print help'
complete -c natsx -n "__fish_natsx_using_subcommand account; and __fish_seen_subcommand_from info" -s V -l version -d 'Print version'
complete -c natsx -n "__fish_natsx_using_subcommand account; and __fish_seen_subcommand_from nkey" -l operator -d 'The operator whose store to use (default: the current one, as nsc)' -r
complete -c natsx -n "__fish_natsx_using_subcommand account; and __fish_seen_subcommand_from nkey" -s s -l server -d 'NATS server URLs, comma separated [default: the context\'s, else nats://127.0.0.1:4222]' -r
complete -c natsx -n "__fish_natsx_using_subcommand account; and __fish_seen_subcommand_from nkey" -l context -d 'The connection context to use (`natsx context`), instead of the selected one' -r
complete -c natsx -n "__fish_natsx_using_subcommand account; and __fish_seen_subcommand_from nkey" -l user -d 'Username or token' -r
complete -c natsx -n "__fish_natsx_using_subcommand account; and __fish_seen_subcommand_from nkey" -l password -d 'Password' -r
complete -c natsx -n "__fish_natsx_using_subcommand account; and __fish_seen_subcommand_from nkey" -l token -d 'Authentication token' -r
complete -c natsx -n "__fish_natsx_using_subcommand account; and __fish_seen_subcommand_from nkey" -l creds -d 'User credentials file (JWT and seed)' -r -F
complete -c natsx -n "__fish_natsx_using_subcommand account; and __fish_seen_subcommand_from nkey" -l nkey -d 'NKey seed file' -r -F
complete -c natsx -n "__fish_natsx_using_subcommand account; and __fish_seen_subcommand_from nkey" -l timeout -d 'Time to wait on connect and on responses (e.g. 5s, 500ms)' -r
complete -c natsx -n "__fish_natsx_using_subcommand account; and __fish_seen_subcommand_from nkey" -l connection-name -d 'Name of this connection, as the server shows it' -r
complete -c natsx -n "__fish_natsx_using_subcommand account; and __fish_seen_subcommand_from nkey" -l tlscert -d 'TLS client certificate file (with --tlskey)' -r -F
complete -c natsx -n "__fish_natsx_using_subcommand account; and __fish_seen_subcommand_from nkey" -l tlskey -d 'TLS client key file' -r -F
complete -c natsx -n "__fish_natsx_using_subcommand account; and __fish_seen_subcommand_from nkey" -l tlsca -d 'CA file that signed the server\'s certificate (TLS is then required)' -r -F
complete -c natsx -n "__fish_natsx_using_subcommand account; and __fish_seen_subcommand_from nkey" -l tlsfirst -d 'Start TLS before the server\'s INFO (for servers with handshake_first)'
complete -c natsx -n "__fish_natsx_using_subcommand account; and __fish_seen_subcommand_from nkey" -s h -l help -d 'Print help'
complete -c natsx -n "__fish_natsx_using_subcommand account; and __fish_seen_subcommand_from nkey" -s V -l version -d 'Print version'
complete -c natsx -n "__fish_natsx_using_subcommand account; and __fish_seen_subcommand_from nkey" -f -a "gen" -d 'Generate a key pair and print its seed'
complete -c natsx -n "__fish_natsx_using_subcommand account; and __fish_seen_subcommand_from nkey" -f -a "show" -d 'Print the public key of a seed file'
complete -c natsx -n "__fish_natsx_using_subcommand account; and __fish_seen_subcommand_from nkey" -f -a "sign" -d 'Sign a file with a seed; prints the base64url signature'
complete -c natsx -n "__fish_natsx_using_subcommand account; and __fish_seen_subcommand_from nkey" -f -a "verify" -d 'Verify a file\'s signature (a file holding the base64url signature) with a public key or a seed'
complete -c natsx -n "__fish_natsx_using_subcommand account; and __fish_seen_subcommand_from nkey" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c natsx -n "__fish_natsx_using_subcommand account; and __fish_seen_subcommand_from init" -s n -l name -d 'The operator\'s name' -r
complete -c natsx -n "__fish_natsx_using_subcommand account; and __fish_seen_subcommand_from init" -l operator -d 'The operator whose store to use (default: the current one, as nsc)' -r
complete -c natsx -n "__fish_natsx_using_subcommand account; and __fish_seen_subcommand_from init" -s s -l server -d 'NATS server URLs, comma separated [default: the context\'s, else nats://127.0.0.1:4222]' -r
complete -c natsx -n "__fish_natsx_using_subcommand account; and __fish_seen_subcommand_from init" -l context -d 'The connection context to use (`natsx context`), instead of the selected one' -r
complete -c natsx -n "__fish_natsx_using_subcommand account; and __fish_seen_subcommand_from init" -l user -d 'Username or token' -r
complete -c natsx -n "__fish_natsx_using_subcommand account; and __fish_seen_subcommand_from init" -l password -d 'Password' -r
complete -c natsx -n "__fish_natsx_using_subcommand account; and __fish_seen_subcommand_from init" -l token -d 'Authentication token' -r
complete -c natsx -n "__fish_natsx_using_subcommand account; and __fish_seen_subcommand_from init" -l creds -d 'User credentials file (JWT and seed)' -r -F
complete -c natsx -n "__fish_natsx_using_subcommand account; and __fish_seen_subcommand_from init" -l nkey -d 'NKey seed file' -r -F
complete -c natsx -n "__fish_natsx_using_subcommand account; and __fish_seen_subcommand_from init" -l timeout -d 'Time to wait on connect and on responses (e.g. 5s, 500ms)' -r
complete -c natsx -n "__fish_natsx_using_subcommand account; and __fish_seen_subcommand_from init" -l connection-name -d 'Name of this connection, as the server shows it' -r
complete -c natsx -n "__fish_natsx_using_subcommand account; and __fish_seen_subcommand_from init" -l tlscert -d 'TLS client certificate file (with --tlskey)' -r -F
complete -c natsx -n "__fish_natsx_using_subcommand account; and __fish_seen_subcommand_from init" -l tlskey -d 'TLS client key file' -r -F
complete -c natsx -n "__fish_natsx_using_subcommand account; and __fish_seen_subcommand_from init" -l tlsca -d 'CA file that signed the server\'s certificate (TLS is then required)' -r -F
complete -c natsx -n "__fish_natsx_using_subcommand account; and __fish_seen_subcommand_from init" -l tlsfirst -d 'Start TLS before the server\'s INFO (for servers with handshake_first)'
complete -c natsx -n "__fish_natsx_using_subcommand account; and __fish_seen_subcommand_from init" -s h -l help -d 'Print help'
complete -c natsx -n "__fish_natsx_using_subcommand account; and __fish_seen_subcommand_from init" -s V -l version -d 'Print version'
complete -c natsx -n "__fish_natsx_using_subcommand account; and __fish_seen_subcommand_from add" -l operator -d 'The operator whose store to use (default: the current one, as nsc)' -r
complete -c natsx -n "__fish_natsx_using_subcommand account; and __fish_seen_subcommand_from add" -s s -l server -d 'NATS server URLs, comma separated [default: the context\'s, else nats://127.0.0.1:4222]' -r
complete -c natsx -n "__fish_natsx_using_subcommand account; and __fish_seen_subcommand_from add" -l context -d 'The connection context to use (`natsx context`), instead of the selected one' -r
complete -c natsx -n "__fish_natsx_using_subcommand account; and __fish_seen_subcommand_from add" -l user -d 'Username or token' -r
complete -c natsx -n "__fish_natsx_using_subcommand account; and __fish_seen_subcommand_from add" -l password -d 'Password' -r
complete -c natsx -n "__fish_natsx_using_subcommand account; and __fish_seen_subcommand_from add" -l token -d 'Authentication token' -r
complete -c natsx -n "__fish_natsx_using_subcommand account; and __fish_seen_subcommand_from add" -l creds -d 'User credentials file (JWT and seed)' -r -F
complete -c natsx -n "__fish_natsx_using_subcommand account; and __fish_seen_subcommand_from add" -l nkey -d 'NKey seed file' -r -F
complete -c natsx -n "__fish_natsx_using_subcommand account; and __fish_seen_subcommand_from add" -l timeout -d 'Time to wait on connect and on responses (e.g. 5s, 500ms)' -r
complete -c natsx -n "__fish_natsx_using_subcommand account; and __fish_seen_subcommand_from add" -l connection-name -d 'Name of this connection, as the server shows it' -r
complete -c natsx -n "__fish_natsx_using_subcommand account; and __fish_seen_subcommand_from add" -l tlscert -d 'TLS client certificate file (with --tlskey)' -r -F
complete -c natsx -n "__fish_natsx_using_subcommand account; and __fish_seen_subcommand_from add" -l tlskey -d 'TLS client key file' -r -F
complete -c natsx -n "__fish_natsx_using_subcommand account; and __fish_seen_subcommand_from add" -l tlsca -d 'CA file that signed the server\'s certificate (TLS is then required)' -r -F
complete -c natsx -n "__fish_natsx_using_subcommand account; and __fish_seen_subcommand_from add" -l tlsfirst -d 'Start TLS before the server\'s INFO (for servers with handshake_first)'
complete -c natsx -n "__fish_natsx_using_subcommand account; and __fish_seen_subcommand_from add" -s h -l help -d 'Print help'
complete -c natsx -n "__fish_natsx_using_subcommand account; and __fish_seen_subcommand_from add" -s V -l version -d 'Print version'
complete -c natsx -n "__fish_natsx_using_subcommand account; and __fish_seen_subcommand_from add" -f -a "operator" -d 'Add an operator (its key signs accounts)'
complete -c natsx -n "__fish_natsx_using_subcommand account; and __fish_seen_subcommand_from add" -f -a "account" -d 'Add an account signed by the current operator'
complete -c natsx -n "__fish_natsx_using_subcommand account; and __fish_seen_subcommand_from add" -f -a "user" -d 'Add a user signed by an account'
complete -c natsx -n "__fish_natsx_using_subcommand account; and __fish_seen_subcommand_from add" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c natsx -n "__fish_natsx_using_subcommand account; and __fish_seen_subcommand_from edit" -l operator -d 'The operator whose store to use (default: the current one, as nsc)' -r
complete -c natsx -n "__fish_natsx_using_subcommand account; and __fish_seen_subcommand_from edit" -s s -l server -d 'NATS server URLs, comma separated [default: the context\'s, else nats://127.0.0.1:4222]' -r
complete -c natsx -n "__fish_natsx_using_subcommand account; and __fish_seen_subcommand_from edit" -l context -d 'The connection context to use (`natsx context`), instead of the selected one' -r
complete -c natsx -n "__fish_natsx_using_subcommand account; and __fish_seen_subcommand_from edit" -l user -d 'Username or token' -r
complete -c natsx -n "__fish_natsx_using_subcommand account; and __fish_seen_subcommand_from edit" -l password -d 'Password' -r
complete -c natsx -n "__fish_natsx_using_subcommand account; and __fish_seen_subcommand_from edit" -l token -d 'Authentication token' -r
complete -c natsx -n "__fish_natsx_using_subcommand account; and __fish_seen_subcommand_from edit" -l creds -d 'User credentials file (JWT and seed)' -r -F
complete -c natsx -n "__fish_natsx_using_subcommand account; and __fish_seen_subcommand_from edit" -l nkey -d 'NKey seed file' -r -F
complete -c natsx -n "__fish_natsx_using_subcommand account; and __fish_seen_subcommand_from edit" -l timeout -d 'Time to wait on connect and on responses (e.g. 5s, 500ms)' -r
complete -c natsx -n "__fish_natsx_using_subcommand account; and __fish_seen_subcommand_from edit" -l connection-name -d 'Name of this connection, as the server shows it' -r
complete -c natsx -n "__fish_natsx_using_subcommand account; and __fish_seen_subcommand_from edit" -l tlscert -d 'TLS client certificate file (with --tlskey)' -r -F
complete -c natsx -n "__fish_natsx_using_subcommand account; and __fish_seen_subcommand_from edit" -l tlskey -d 'TLS client key file' -r -F
complete -c natsx -n "__fish_natsx_using_subcommand account; and __fish_seen_subcommand_from edit" -l tlsca -d 'CA file that signed the server\'s certificate (TLS is then required)' -r -F
complete -c natsx -n "__fish_natsx_using_subcommand account; and __fish_seen_subcommand_from edit" -l tlsfirst -d 'Start TLS before the server\'s INFO (for servers with handshake_first)'
complete -c natsx -n "__fish_natsx_using_subcommand account; and __fish_seen_subcommand_from edit" -s h -l help -d 'Print help'
complete -c natsx -n "__fish_natsx_using_subcommand account; and __fish_seen_subcommand_from edit" -s V -l version -d 'Print version'
complete -c natsx -n "__fish_natsx_using_subcommand account; and __fish_seen_subcommand_from edit" -f -a "account" -d 'Change an account\'s limits or signing keys'
complete -c natsx -n "__fish_natsx_using_subcommand account; and __fish_seen_subcommand_from edit" -f -a "signing-key" -d 'Make a signing key scoped: its users get this role\'s permissions (a template: `{{name()}}`, `{{tag(NAME)}}` ... are filled in per user)'
complete -c natsx -n "__fish_natsx_using_subcommand account; and __fish_seen_subcommand_from edit" -f -a "authcallout" -d 'Make the account an auth callout account (as `nsc edit authcallout`): clients presenting its users\' JWTs, but for `--auth-user`s, are handed to the callout service running as an auth user'
complete -c natsx -n "__fish_natsx_using_subcommand account; and __fish_seen_subcommand_from edit" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c natsx -n "__fish_natsx_using_subcommand account; and __fish_seen_subcommand_from generate" -l operator -d 'The operator whose store to use (default: the current one, as nsc)' -r
complete -c natsx -n "__fish_natsx_using_subcommand account; and __fish_seen_subcommand_from generate" -s s -l server -d 'NATS server URLs, comma separated [default: the context\'s, else nats://127.0.0.1:4222]' -r
complete -c natsx -n "__fish_natsx_using_subcommand account; and __fish_seen_subcommand_from generate" -l context -d 'The connection context to use (`natsx context`), instead of the selected one' -r
complete -c natsx -n "__fish_natsx_using_subcommand account; and __fish_seen_subcommand_from generate" -l user -d 'Username or token' -r
complete -c natsx -n "__fish_natsx_using_subcommand account; and __fish_seen_subcommand_from generate" -l password -d 'Password' -r
complete -c natsx -n "__fish_natsx_using_subcommand account; and __fish_seen_subcommand_from generate" -l token -d 'Authentication token' -r
complete -c natsx -n "__fish_natsx_using_subcommand account; and __fish_seen_subcommand_from generate" -l creds -d 'User credentials file (JWT and seed)' -r -F
complete -c natsx -n "__fish_natsx_using_subcommand account; and __fish_seen_subcommand_from generate" -l nkey -d 'NKey seed file' -r -F
complete -c natsx -n "__fish_natsx_using_subcommand account; and __fish_seen_subcommand_from generate" -l timeout -d 'Time to wait on connect and on responses (e.g. 5s, 500ms)' -r
complete -c natsx -n "__fish_natsx_using_subcommand account; and __fish_seen_subcommand_from generate" -l connection-name -d 'Name of this connection, as the server shows it' -r
complete -c natsx -n "__fish_natsx_using_subcommand account; and __fish_seen_subcommand_from generate" -l tlscert -d 'TLS client certificate file (with --tlskey)' -r -F
complete -c natsx -n "__fish_natsx_using_subcommand account; and __fish_seen_subcommand_from generate" -l tlskey -d 'TLS client key file' -r -F
complete -c natsx -n "__fish_natsx_using_subcommand account; and __fish_seen_subcommand_from generate" -l tlsca -d 'CA file that signed the server\'s certificate (TLS is then required)' -r -F
complete -c natsx -n "__fish_natsx_using_subcommand account; and __fish_seen_subcommand_from generate" -l tlsfirst -d 'Start TLS before the server\'s INFO (for servers with handshake_first)'
complete -c natsx -n "__fish_natsx_using_subcommand account; and __fish_seen_subcommand_from generate" -s h -l help -d 'Print help'
complete -c natsx -n "__fish_natsx_using_subcommand account; and __fish_seen_subcommand_from generate" -s V -l version -d 'Print version'
complete -c natsx -n "__fish_natsx_using_subcommand account; and __fish_seen_subcommand_from generate" -f -a "creds" -d 'Print (or write) a user\'s .creds file'
complete -c natsx -n "__fish_natsx_using_subcommand account; and __fish_seen_subcommand_from generate" -f -a "config" -d 'Print a server configuration that trusts the current operator'
complete -c natsx -n "__fish_natsx_using_subcommand account; and __fish_seen_subcommand_from generate" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c natsx -n "__fish_natsx_using_subcommand account; and __fish_seen_subcommand_from describe" -s a -l account -d 'The user\'s account' -r
complete -c natsx -n "__fish_natsx_using_subcommand account; and __fish_seen_subcommand_from describe" -s f -l file -d 'A JWT (or creds) file instead of the store; `-` reads standard input' -r -F
complete -c natsx -n "__fish_natsx_using_subcommand account; and __fish_seen_subcommand_from describe" -l operator -d 'The operator whose store to use (default: the current one, as nsc)' -r
complete -c natsx -n "__fish_natsx_using_subcommand account; and __fish_seen_subcommand_from describe" -s s -l server -d 'NATS server URLs, comma separated [default: the context\'s, else nats://127.0.0.1:4222]' -r
complete -c natsx -n "__fish_natsx_using_subcommand account; and __fish_seen_subcommand_from describe" -l context -d 'The connection context to use (`natsx context`), instead of the selected one' -r
complete -c natsx -n "__fish_natsx_using_subcommand account; and __fish_seen_subcommand_from describe" -l user -d 'Username or token' -r
complete -c natsx -n "__fish_natsx_using_subcommand account; and __fish_seen_subcommand_from describe" -l password -d 'Password' -r
complete -c natsx -n "__fish_natsx_using_subcommand account; and __fish_seen_subcommand_from describe" -l token -d 'Authentication token' -r
complete -c natsx -n "__fish_natsx_using_subcommand account; and __fish_seen_subcommand_from describe" -l creds -d 'User credentials file (JWT and seed)' -r -F
complete -c natsx -n "__fish_natsx_using_subcommand account; and __fish_seen_subcommand_from describe" -l nkey -d 'NKey seed file' -r -F
complete -c natsx -n "__fish_natsx_using_subcommand account; and __fish_seen_subcommand_from describe" -l timeout -d 'Time to wait on connect and on responses (e.g. 5s, 500ms)' -r
complete -c natsx -n "__fish_natsx_using_subcommand account; and __fish_seen_subcommand_from describe" -l connection-name -d 'Name of this connection, as the server shows it' -r
complete -c natsx -n "__fish_natsx_using_subcommand account; and __fish_seen_subcommand_from describe" -l tlscert -d 'TLS client certificate file (with --tlskey)' -r -F
complete -c natsx -n "__fish_natsx_using_subcommand account; and __fish_seen_subcommand_from describe" -l tlskey -d 'TLS client key file' -r -F
complete -c natsx -n "__fish_natsx_using_subcommand account; and __fish_seen_subcommand_from describe" -l tlsca -d 'CA file that signed the server\'s certificate (TLS is then required)' -r -F
complete -c natsx -n "__fish_natsx_using_subcommand account; and __fish_seen_subcommand_from describe" -l json
complete -c natsx -n "__fish_natsx_using_subcommand account; and __fish_seen_subcommand_from describe" -l tlsfirst -d 'Start TLS before the server\'s INFO (for servers with handshake_first)'
complete -c natsx -n "__fish_natsx_using_subcommand account; and __fish_seen_subcommand_from describe" -s h -l help -d 'Print help'
complete -c natsx -n "__fish_natsx_using_subcommand account; and __fish_seen_subcommand_from describe" -s V -l version -d 'Print version'
complete -c natsx -n "__fish_natsx_using_subcommand account; and __fish_seen_subcommand_from list" -l operator -d 'The operator whose store to use (default: the current one, as nsc)' -r
complete -c natsx -n "__fish_natsx_using_subcommand account; and __fish_seen_subcommand_from list" -s s -l server -d 'NATS server URLs, comma separated [default: the context\'s, else nats://127.0.0.1:4222]' -r
complete -c natsx -n "__fish_natsx_using_subcommand account; and __fish_seen_subcommand_from list" -l context -d 'The connection context to use (`natsx context`), instead of the selected one' -r
complete -c natsx -n "__fish_natsx_using_subcommand account; and __fish_seen_subcommand_from list" -l user -d 'Username or token' -r
complete -c natsx -n "__fish_natsx_using_subcommand account; and __fish_seen_subcommand_from list" -l password -d 'Password' -r
complete -c natsx -n "__fish_natsx_using_subcommand account; and __fish_seen_subcommand_from list" -l token -d 'Authentication token' -r
complete -c natsx -n "__fish_natsx_using_subcommand account; and __fish_seen_subcommand_from list" -l creds -d 'User credentials file (JWT and seed)' -r -F
complete -c natsx -n "__fish_natsx_using_subcommand account; and __fish_seen_subcommand_from list" -l nkey -d 'NKey seed file' -r -F
complete -c natsx -n "__fish_natsx_using_subcommand account; and __fish_seen_subcommand_from list" -l timeout -d 'Time to wait on connect and on responses (e.g. 5s, 500ms)' -r
complete -c natsx -n "__fish_natsx_using_subcommand account; and __fish_seen_subcommand_from list" -l connection-name -d 'Name of this connection, as the server shows it' -r
complete -c natsx -n "__fish_natsx_using_subcommand account; and __fish_seen_subcommand_from list" -l tlscert -d 'TLS client certificate file (with --tlskey)' -r -F
complete -c natsx -n "__fish_natsx_using_subcommand account; and __fish_seen_subcommand_from list" -l tlskey -d 'TLS client key file' -r -F
complete -c natsx -n "__fish_natsx_using_subcommand account; and __fish_seen_subcommand_from list" -l tlsca -d 'CA file that signed the server\'s certificate (TLS is then required)' -r -F
complete -c natsx -n "__fish_natsx_using_subcommand account; and __fish_seen_subcommand_from list" -l tlsfirst -d 'Start TLS before the server\'s INFO (for servers with handshake_first)'
complete -c natsx -n "__fish_natsx_using_subcommand account; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help'
complete -c natsx -n "__fish_natsx_using_subcommand account; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c natsx -n "__fish_natsx_using_subcommand account; and __fish_seen_subcommand_from list" -f -a "keys" -d 'The operator\'s, accounts\' and users\' keys, and whether their seeds are stored'
complete -c natsx -n "__fish_natsx_using_subcommand account; and __fish_seen_subcommand_from list" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c natsx -n "__fish_natsx_using_subcommand account; and __fish_seen_subcommand_from callout" -l operator -d 'The operator whose store to use (default: the current one, as nsc)' -r
complete -c natsx -n "__fish_natsx_using_subcommand account; and __fish_seen_subcommand_from callout" -s s -l server -d 'NATS server URLs, comma separated [default: the context\'s, else nats://127.0.0.1:4222]' -r
complete -c natsx -n "__fish_natsx_using_subcommand account; and __fish_seen_subcommand_from callout" -l context -d 'The connection context to use (`natsx context`), instead of the selected one' -r
complete -c natsx -n "__fish_natsx_using_subcommand account; and __fish_seen_subcommand_from callout" -l user -d 'Username or token' -r
complete -c natsx -n "__fish_natsx_using_subcommand account; and __fish_seen_subcommand_from callout" -l password -d 'Password' -r
complete -c natsx -n "__fish_natsx_using_subcommand account; and __fish_seen_subcommand_from callout" -l token -d 'Authentication token' -r
complete -c natsx -n "__fish_natsx_using_subcommand account; and __fish_seen_subcommand_from callout" -l creds -d 'User credentials file (JWT and seed)' -r -F
complete -c natsx -n "__fish_natsx_using_subcommand account; and __fish_seen_subcommand_from callout" -l nkey -d 'NKey seed file' -r -F
complete -c natsx -n "__fish_natsx_using_subcommand account; and __fish_seen_subcommand_from callout" -l timeout -d 'Time to wait on connect and on responses (e.g. 5s, 500ms)' -r
complete -c natsx -n "__fish_natsx_using_subcommand account; and __fish_seen_subcommand_from callout" -l connection-name -d 'Name of this connection, as the server shows it' -r
complete -c natsx -n "__fish_natsx_using_subcommand account; and __fish_seen_subcommand_from callout" -l tlscert -d 'TLS client certificate file (with --tlskey)' -r -F
complete -c natsx -n "__fish_natsx_using_subcommand account; and __fish_seen_subcommand_from callout" -l tlskey -d 'TLS client key file' -r -F
complete -c natsx -n "__fish_natsx_using_subcommand account; and __fish_seen_subcommand_from callout" -l tlsca -d 'CA file that signed the server\'s certificate (TLS is then required)' -r -F
complete -c natsx -n "__fish_natsx_using_subcommand account; and __fish_seen_subcommand_from callout" -l tlsfirst -d 'Start TLS before the server\'s INFO (for servers with handshake_first)'
complete -c natsx -n "__fish_natsx_using_subcommand account; and __fish_seen_subcommand_from callout" -s h -l help -d 'Print help'
complete -c natsx -n "__fish_natsx_using_subcommand account; and __fish_seen_subcommand_from callout" -s V -l version -d 'Print version'
complete -c natsx -n "__fish_natsx_using_subcommand account; and __fish_seen_subcommand_from callout" -f -a "serve" -d 'Answer auth callout requests from a users file'
complete -c natsx -n "__fish_natsx_using_subcommand account; and __fish_seen_subcommand_from callout" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c natsx -n "__fish_natsx_using_subcommand account; and __fish_seen_subcommand_from revocations" -l operator -d 'The operator whose store to use (default: the current one, as nsc)' -r
complete -c natsx -n "__fish_natsx_using_subcommand account; and __fish_seen_subcommand_from revocations" -s s -l server -d 'NATS server URLs, comma separated [default: the context\'s, else nats://127.0.0.1:4222]' -r
complete -c natsx -n "__fish_natsx_using_subcommand account; and __fish_seen_subcommand_from revocations" -l context -d 'The connection context to use (`natsx context`), instead of the selected one' -r
complete -c natsx -n "__fish_natsx_using_subcommand account; and __fish_seen_subcommand_from revocations" -l user -d 'Username or token' -r
complete -c natsx -n "__fish_natsx_using_subcommand account; and __fish_seen_subcommand_from revocations" -l password -d 'Password' -r
complete -c natsx -n "__fish_natsx_using_subcommand account; and __fish_seen_subcommand_from revocations" -l token -d 'Authentication token' -r
complete -c natsx -n "__fish_natsx_using_subcommand account; and __fish_seen_subcommand_from revocations" -l creds -d 'User credentials file (JWT and seed)' -r -F
complete -c natsx -n "__fish_natsx_using_subcommand account; and __fish_seen_subcommand_from revocations" -l nkey -d 'NKey seed file' -r -F
complete -c natsx -n "__fish_natsx_using_subcommand account; and __fish_seen_subcommand_from revocations" -l timeout -d 'Time to wait on connect and on responses (e.g. 5s, 500ms)' -r
complete -c natsx -n "__fish_natsx_using_subcommand account; and __fish_seen_subcommand_from revocations" -l connection-name -d 'Name of this connection, as the server shows it' -r
complete -c natsx -n "__fish_natsx_using_subcommand account; and __fish_seen_subcommand_from revocations" -l tlscert -d 'TLS client certificate file (with --tlskey)' -r -F
complete -c natsx -n "__fish_natsx_using_subcommand account; and __fish_seen_subcommand_from revocations" -l tlskey -d 'TLS client key file' -r -F
complete -c natsx -n "__fish_natsx_using_subcommand account; and __fish_seen_subcommand_from revocations" -l tlsca -d 'CA file that signed the server\'s certificate (TLS is then required)' -r -F
complete -c natsx -n "__fish_natsx_using_subcommand account; and __fish_seen_subcommand_from revocations" -l tlsfirst -d 'Start TLS before the server\'s INFO (for servers with handshake_first)'
complete -c natsx -n "__fish_natsx_using_subcommand account; and __fish_seen_subcommand_from revocations" -s h -l help -d 'Print help'
complete -c natsx -n "__fish_natsx_using_subcommand account; and __fish_seen_subcommand_from revocations" -s V -l version -d 'Print version'
complete -c natsx -n "__fish_natsx_using_subcommand account; and __fish_seen_subcommand_from revocations" -f -a "add-user" -d 'Revoke a user\'s JWTs issued until now'
complete -c natsx -n "__fish_natsx_using_subcommand account; and __fish_seen_subcommand_from revocations" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c natsx -n "__fish_natsx_using_subcommand account; and __fish_seen_subcommand_from push" -s a -l account -d 'The account to push (default: the current one)' -r
complete -c natsx -n "__fish_natsx_using_subcommand account; and __fish_seen_subcommand_from push" -s R -l account-removal -d 'Remove this account (name or public key) from the server\'s resolver' -r
complete -c natsx -n "__fish_natsx_using_subcommand account; and __fish_seen_subcommand_from push" -l operator -d 'The operator whose store to use (default: the current one, as nsc)' -r
complete -c natsx -n "__fish_natsx_using_subcommand account; and __fish_seen_subcommand_from push" -s s -l server -d 'NATS server URLs, comma separated [default: the context\'s, else nats://127.0.0.1:4222]' -r
complete -c natsx -n "__fish_natsx_using_subcommand account; and __fish_seen_subcommand_from push" -l context -d 'The connection context to use (`natsx context`), instead of the selected one' -r
complete -c natsx -n "__fish_natsx_using_subcommand account; and __fish_seen_subcommand_from push" -l user -d 'Username or token' -r
complete -c natsx -n "__fish_natsx_using_subcommand account; and __fish_seen_subcommand_from push" -l password -d 'Password' -r
complete -c natsx -n "__fish_natsx_using_subcommand account; and __fish_seen_subcommand_from push" -l token -d 'Authentication token' -r
complete -c natsx -n "__fish_natsx_using_subcommand account; and __fish_seen_subcommand_from push" -l creds -d 'User credentials file (JWT and seed)' -r -F
complete -c natsx -n "__fish_natsx_using_subcommand account; and __fish_seen_subcommand_from push" -l nkey -d 'NKey seed file' -r -F
complete -c natsx -n "__fish_natsx_using_subcommand account; and __fish_seen_subcommand_from push" -l timeout -d 'Time to wait on connect and on responses (e.g. 5s, 500ms)' -r
complete -c natsx -n "__fish_natsx_using_subcommand account; and __fish_seen_subcommand_from push" -l connection-name -d 'Name of this connection, as the server shows it' -r
complete -c natsx -n "__fish_natsx_using_subcommand account; and __fish_seen_subcommand_from push" -l tlscert -d 'TLS client certificate file (with --tlskey)' -r -F
complete -c natsx -n "__fish_natsx_using_subcommand account; and __fish_seen_subcommand_from push" -l tlskey -d 'TLS client key file' -r -F
complete -c natsx -n "__fish_natsx_using_subcommand account; and __fish_seen_subcommand_from push" -l tlsca -d 'CA file that signed the server\'s certificate (TLS is then required)' -r -F
complete -c natsx -n "__fish_natsx_using_subcommand account; and __fish_seen_subcommand_from push" -s A -l all -d 'Push every account of the operator'
complete -c natsx -n "__fish_natsx_using_subcommand account; and __fish_seen_subcommand_from push" -s P -l prune -d 'Remove the accounts the store does not have from the server\'s resolver'
complete -c natsx -n "__fish_natsx_using_subcommand account; and __fish_seen_subcommand_from push" -l tlsfirst -d 'Start TLS before the server\'s INFO (for servers with handshake_first)'
complete -c natsx -n "__fish_natsx_using_subcommand account; and __fish_seen_subcommand_from push" -s h -l help -d 'Print help'
complete -c natsx -n "__fish_natsx_using_subcommand account; and __fish_seen_subcommand_from push" -s V -l version -d 'Print version'
complete -c natsx -n "__fish_natsx_using_subcommand account; and __fish_seen_subcommand_from pull" -s a -l account -d 'The account to pull (default: the current one)' -r
complete -c natsx -n "__fish_natsx_using_subcommand account; and __fish_seen_subcommand_from pull" -l operator -d 'The operator whose store to use (default: the current one, as nsc)' -r
complete -c natsx -n "__fish_natsx_using_subcommand account; and __fish_seen_subcommand_from pull" -s s -l server -d 'NATS server URLs, comma separated [default: the context\'s, else nats://127.0.0.1:4222]' -r
complete -c natsx -n "__fish_natsx_using_subcommand account; and __fish_seen_subcommand_from pull" -l context -d 'The connection context to use (`natsx context`), instead of the selected one' -r
complete -c natsx -n "__fish_natsx_using_subcommand account; and __fish_seen_subcommand_from pull" -l user -d 'Username or token' -r
complete -c natsx -n "__fish_natsx_using_subcommand account; and __fish_seen_subcommand_from pull" -l password -d 'Password' -r
complete -c natsx -n "__fish_natsx_using_subcommand account; and __fish_seen_subcommand_from pull" -l token -d 'Authentication token' -r
complete -c natsx -n "__fish_natsx_using_subcommand account; and __fish_seen_subcommand_from pull" -l creds -d 'User credentials file (JWT and seed)' -r -F
complete -c natsx -n "__fish_natsx_using_subcommand account; and __fish_seen_subcommand_from pull" -l nkey -d 'NKey seed file' -r -F
complete -c natsx -n "__fish_natsx_using_subcommand account; and __fish_seen_subcommand_from pull" -l timeout -d 'Time to wait on connect and on responses (e.g. 5s, 500ms)' -r
complete -c natsx -n "__fish_natsx_using_subcommand account; and __fish_seen_subcommand_from pull" -l connection-name -d 'Name of this connection, as the server shows it' -r
complete -c natsx -n "__fish_natsx_using_subcommand account; and __fish_seen_subcommand_from pull" -l tlscert -d 'TLS client certificate file (with --tlskey)' -r -F
complete -c natsx -n "__fish_natsx_using_subcommand account; and __fish_seen_subcommand_from pull" -l tlskey -d 'TLS client key file' -r -F
complete -c natsx -n "__fish_natsx_using_subcommand account; and __fish_seen_subcommand_from pull" -l tlsca -d 'CA file that signed the server\'s certificate (TLS is then required)' -r -F
complete -c natsx -n "__fish_natsx_using_subcommand account; and __fish_seen_subcommand_from pull" -s A -l all -d 'Pull every account the server has (those of this operator)'
complete -c natsx -n "__fish_natsx_using_subcommand account; and __fish_seen_subcommand_from pull" -l overwrite-newer -d 'Replace the store\'s JWT even when it is newer'
complete -c natsx -n "__fish_natsx_using_subcommand account; and __fish_seen_subcommand_from pull" -l tlsfirst -d 'Start TLS before the server\'s INFO (for servers with handshake_first)'
complete -c natsx -n "__fish_natsx_using_subcommand account; and __fish_seen_subcommand_from pull" -s h -l help -d 'Print help'
complete -c natsx -n "__fish_natsx_using_subcommand account; and __fish_seen_subcommand_from pull" -s V -l version -d 'Print version'
complete -c natsx -n "__fish_natsx_using_subcommand account; and __fish_seen_subcommand_from help" -f -a "info" -d 'Show the connected account: connection, permissions, JetStream usage and limits'
complete -c natsx -n "__fish_natsx_using_subcommand account; and __fish_seen_subcommand_from help" -f -a "nkey" -d 'Make and use NKeys: gen, show, sign, verify (as `nats auth nkey`)'
complete -c natsx -n "__fish_natsx_using_subcommand account; and __fish_seen_subcommand_from help" -f -a "init" -d 'Create an operator with a system account, in an nsc store (as `nsc init`)'
complete -c natsx -n "__fish_natsx_using_subcommand account; and __fish_seen_subcommand_from help" -f -a "add" -d 'Add an operator, account or user (as `nsc add`)'
complete -c natsx -n "__fish_natsx_using_subcommand account; and __fish_seen_subcommand_from help" -f -a "edit" -d 'Change an account, or scope a signing key (as `nsc edit`)'
complete -c natsx -n "__fish_natsx_using_subcommand account; and __fish_seen_subcommand_from help" -f -a "generate" -d 'Generate a user\'s creds or a server configuration (as `nsc generate`)'
complete -c natsx -n "__fish_natsx_using_subcommand account; and __fish_seen_subcommand_from help" -f -a "describe" -d 'Show an operator, account or user JWT: from the store, a file or stdin (`--file -`)'
complete -c natsx -n "__fish_natsx_using_subcommand account; and __fish_seen_subcommand_from help" -f -a "list" -d 'List the store\'s keys (as `nsc list keys --all`)'
complete -c natsx -n "__fish_natsx_using_subcommand account; and __fish_seen_subcommand_from help" -f -a "callout" -d 'Run an auth callout service (`serve`) that admits the users of a file'
complete -c natsx -n "__fish_natsx_using_subcommand account; and __fish_seen_subcommand_from help" -f -a "revocations" -d 'Revoke users (as `nsc revocations`)'
complete -c natsx -n "__fish_natsx_using_subcommand account; and __fish_seen_subcommand_from help" -f -a "push" -d 'Send account JWTs to a server\'s NATS-based resolver, or remove them (as `nsc push`)'
complete -c natsx -n "__fish_natsx_using_subcommand account; and __fish_seen_subcommand_from help" -f -a "pull" -d 'Fetch account JWTs from a server\'s NATS-based resolver into the store (as `nsc pull`)'
complete -c natsx -n "__fish_natsx_using_subcommand account; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c natsx -n "__fish_natsx_using_subcommand rtt" -l iterations -d 'How many round trips to average' -r
complete -c natsx -n "__fish_natsx_using_subcommand rtt" -s s -l server -d 'NATS server URLs, comma separated [default: the context\'s, else nats://127.0.0.1:4222]' -r
complete -c natsx -n "__fish_natsx_using_subcommand rtt" -l context -d 'The connection context to use (`natsx context`), instead of the selected one' -r
complete -c natsx -n "__fish_natsx_using_subcommand rtt" -l user -d 'Username or token' -r
complete -c natsx -n "__fish_natsx_using_subcommand rtt" -l password -d 'Password' -r
complete -c natsx -n "__fish_natsx_using_subcommand rtt" -l token -d 'Authentication token' -r
complete -c natsx -n "__fish_natsx_using_subcommand rtt" -l creds -d 'User credentials file (JWT and seed)' -r -F
complete -c natsx -n "__fish_natsx_using_subcommand rtt" -l nkey -d 'NKey seed file' -r -F
complete -c natsx -n "__fish_natsx_using_subcommand rtt" -l timeout -d 'Time to wait on connect and on responses (e.g. 5s, 500ms)' -r
complete -c natsx -n "__fish_natsx_using_subcommand rtt" -l connection-name -d 'Name of this connection, as the server shows it' -r
complete -c natsx -n "__fish_natsx_using_subcommand rtt" -l tlscert -d 'TLS client certificate file (with --tlskey)' -r -F
complete -c natsx -n "__fish_natsx_using_subcommand rtt" -l tlskey -d 'TLS client key file' -r -F
complete -c natsx -n "__fish_natsx_using_subcommand rtt" -l tlsca -d 'CA file that signed the server\'s certificate (TLS is then required)' -r -F
complete -c natsx -n "__fish_natsx_using_subcommand rtt" -l tlsfirst -d 'Start TLS before the server\'s INFO (for servers with handshake_first)'
complete -c natsx -n "__fish_natsx_using_subcommand rtt" -s h -l help -d 'Print help'
complete -c natsx -n "__fish_natsx_using_subcommand rtt" -s V -l version -d 'Print version'
complete -c natsx -n "__fish_natsx_using_subcommand events" -l count -d 'Stop after this many events' -r
complete -c natsx -n "__fish_natsx_using_subcommand events" -s s -l server -d 'NATS server URLs, comma separated [default: the context\'s, else nats://127.0.0.1:4222]' -r
complete -c natsx -n "__fish_natsx_using_subcommand events" -l context -d 'The connection context to use (`natsx context`), instead of the selected one' -r
complete -c natsx -n "__fish_natsx_using_subcommand events" -l user -d 'Username or token' -r
complete -c natsx -n "__fish_natsx_using_subcommand events" -l password -d 'Password' -r
complete -c natsx -n "__fish_natsx_using_subcommand events" -l token -d 'Authentication token' -r
complete -c natsx -n "__fish_natsx_using_subcommand events" -l creds -d 'User credentials file (JWT and seed)' -r -F
complete -c natsx -n "__fish_natsx_using_subcommand events" -l nkey -d 'NKey seed file' -r -F
complete -c natsx -n "__fish_natsx_using_subcommand events" -l timeout -d 'Time to wait on connect and on responses (e.g. 5s, 500ms)' -r
complete -c natsx -n "__fish_natsx_using_subcommand events" -l connection-name -d 'Name of this connection, as the server shows it' -r
complete -c natsx -n "__fish_natsx_using_subcommand events" -l tlscert -d 'TLS client certificate file (with --tlskey)' -r -F
complete -c natsx -n "__fish_natsx_using_subcommand events" -l tlskey -d 'TLS client key file' -r -F
complete -c natsx -n "__fish_natsx_using_subcommand events" -l tlsca -d 'CA file that signed the server\'s certificate (TLS is then required)' -r -F
complete -c natsx -n "__fish_natsx_using_subcommand events" -l json -d 'One JSON document per line'
complete -c natsx -n "__fish_natsx_using_subcommand events" -l tlsfirst -d 'Start TLS before the server\'s INFO (for servers with handshake_first)'
complete -c natsx -n "__fish_natsx_using_subcommand events" -s h -l help -d 'Print help'
complete -c natsx -n "__fish_natsx_using_subcommand events" -s V -l version -d 'Print version'
complete -c natsx -n "__fish_natsx_using_subcommand repl" -s s -l server -d 'NATS server URLs, comma separated [default: the context\'s, else nats://127.0.0.1:4222]' -r
complete -c natsx -n "__fish_natsx_using_subcommand repl" -l context -d 'The connection context to use (`natsx context`), instead of the selected one' -r
complete -c natsx -n "__fish_natsx_using_subcommand repl" -l user -d 'Username or token' -r
complete -c natsx -n "__fish_natsx_using_subcommand repl" -l password -d 'Password' -r
complete -c natsx -n "__fish_natsx_using_subcommand repl" -l token -d 'Authentication token' -r
complete -c natsx -n "__fish_natsx_using_subcommand repl" -l creds -d 'User credentials file (JWT and seed)' -r -F
complete -c natsx -n "__fish_natsx_using_subcommand repl" -l nkey -d 'NKey seed file' -r -F
complete -c natsx -n "__fish_natsx_using_subcommand repl" -l timeout -d 'Time to wait on connect and on responses (e.g. 5s, 500ms)' -r
complete -c natsx -n "__fish_natsx_using_subcommand repl" -l connection-name -d 'Name of this connection, as the server shows it' -r
complete -c natsx -n "__fish_natsx_using_subcommand repl" -l tlscert -d 'TLS client certificate file (with --tlskey)' -r -F
complete -c natsx -n "__fish_natsx_using_subcommand repl" -l tlskey -d 'TLS client key file' -r -F
complete -c natsx -n "__fish_natsx_using_subcommand repl" -l tlsca -d 'CA file that signed the server\'s certificate (TLS is then required)' -r -F
complete -c natsx -n "__fish_natsx_using_subcommand repl" -l tlsfirst -d 'Start TLS before the server\'s INFO (for servers with handshake_first)'
complete -c natsx -n "__fish_natsx_using_subcommand repl" -s h -l help -d 'Print help'
complete -c natsx -n "__fish_natsx_using_subcommand repl" -s V -l version -d 'Print version'
complete -c natsx -n "__fish_natsx_using_subcommand micro; and not __fish_seen_subcommand_from ls info stats ping help" -s s -l server -d 'NATS server URLs, comma separated [default: the context\'s, else nats://127.0.0.1:4222]' -r
complete -c natsx -n "__fish_natsx_using_subcommand micro; and not __fish_seen_subcommand_from ls info stats ping help" -l context -d 'The connection context to use (`natsx context`), instead of the selected one' -r
complete -c natsx -n "__fish_natsx_using_subcommand micro; and not __fish_seen_subcommand_from ls info stats ping help" -l user -d 'Username or token' -r
complete -c natsx -n "__fish_natsx_using_subcommand micro; and not __fish_seen_subcommand_from ls info stats ping help" -l password -d 'Password' -r
complete -c natsx -n "__fish_natsx_using_subcommand micro; and not __fish_seen_subcommand_from ls info stats ping help" -l token -d 'Authentication token' -r
complete -c natsx -n "__fish_natsx_using_subcommand micro; and not __fish_seen_subcommand_from ls info stats ping help" -l creds -d 'User credentials file (JWT and seed)' -r -F
complete -c natsx -n "__fish_natsx_using_subcommand micro; and not __fish_seen_subcommand_from ls info stats ping help" -l nkey -d 'NKey seed file' -r -F
complete -c natsx -n "__fish_natsx_using_subcommand micro; and not __fish_seen_subcommand_from ls info stats ping help" -l timeout -d 'Time to wait on connect and on responses (e.g. 5s, 500ms)' -r
complete -c natsx -n "__fish_natsx_using_subcommand micro; and not __fish_seen_subcommand_from ls info stats ping help" -l connection-name -d 'Name of this connection, as the server shows it' -r
complete -c natsx -n "__fish_natsx_using_subcommand micro; and not __fish_seen_subcommand_from ls info stats ping help" -l tlscert -d 'TLS client certificate file (with --tlskey)' -r -F
complete -c natsx -n "__fish_natsx_using_subcommand micro; and not __fish_seen_subcommand_from ls info stats ping help" -l tlskey -d 'TLS client key file' -r -F
complete -c natsx -n "__fish_natsx_using_subcommand micro; and not __fish_seen_subcommand_from ls info stats ping help" -l tlsca -d 'CA file that signed the server\'s certificate (TLS is then required)' -r -F
complete -c natsx -n "__fish_natsx_using_subcommand micro; and not __fish_seen_subcommand_from ls info stats ping help" -l tlsfirst -d 'Start TLS before the server\'s INFO (for servers with handshake_first)'
complete -c natsx -n "__fish_natsx_using_subcommand micro; and not __fish_seen_subcommand_from ls info stats ping help" -s h -l help -d 'Print help'
complete -c natsx -n "__fish_natsx_using_subcommand micro; and not __fish_seen_subcommand_from ls info stats ping help" -s V -l version -d 'Print version'
complete -c natsx -n "__fish_natsx_using_subcommand micro; and not __fish_seen_subcommand_from ls info stats ping help" -f -a "ls" -d 'List the running service instances (name, version, id, description)'
complete -c natsx -n "__fish_natsx_using_subcommand micro; and not __fish_seen_subcommand_from ls info stats ping help" -f -a "info" -d 'A service\'s description, endpoints and metadata (each instance, or one by id)'
complete -c natsx -n "__fish_natsx_using_subcommand micro; and not __fish_seen_subcommand_from ls info stats ping help" -f -a "stats" -d 'A service\'s request counts, errors and processing times per endpoint'
complete -c natsx -n "__fish_natsx_using_subcommand micro; and not __fish_seen_subcommand_from ls info stats ping help" -f -a "ping" -d 'Ping the instances (all, or of one service) and show how long each took'
complete -c natsx -n "__fish_natsx_using_subcommand micro; and not __fish_seen_subcommand_from ls info stats ping help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c natsx -n "__fish_natsx_using_subcommand micro; and __fish_seen_subcommand_from ls" -s s -l server -d 'NATS server URLs, comma separated [default: the context\'s, else nats://127.0.0.1:4222]' -r
complete -c natsx -n "__fish_natsx_using_subcommand micro; and __fish_seen_subcommand_from ls" -l context -d 'The connection context to use (`natsx context`), instead of the selected one' -r
complete -c natsx -n "__fish_natsx_using_subcommand micro; and __fish_seen_subcommand_from ls" -l user -d 'Username or token' -r
complete -c natsx -n "__fish_natsx_using_subcommand micro; and __fish_seen_subcommand_from ls" -l password -d 'Password' -r
complete -c natsx -n "__fish_natsx_using_subcommand micro; and __fish_seen_subcommand_from ls" -l token -d 'Authentication token' -r
complete -c natsx -n "__fish_natsx_using_subcommand micro; and __fish_seen_subcommand_from ls" -l creds -d 'User credentials file (JWT and seed)' -r -F
complete -c natsx -n "__fish_natsx_using_subcommand micro; and __fish_seen_subcommand_from ls" -l nkey -d 'NKey seed file' -r -F
complete -c natsx -n "__fish_natsx_using_subcommand micro; and __fish_seen_subcommand_from ls" -l timeout -d 'Time to wait on connect and on responses (e.g. 5s, 500ms)' -r
complete -c natsx -n "__fish_natsx_using_subcommand micro; and __fish_seen_subcommand_from ls" -l connection-name -d 'Name of this connection, as the server shows it' -r
complete -c natsx -n "__fish_natsx_using_subcommand micro; and __fish_seen_subcommand_from ls" -l tlscert -d 'TLS client certificate file (with --tlskey)' -r -F
complete -c natsx -n "__fish_natsx_using_subcommand micro; and __fish_seen_subcommand_from ls" -l tlskey -d 'TLS client key file' -r -F
complete -c natsx -n "__fish_natsx_using_subcommand micro; and __fish_seen_subcommand_from ls" -l tlsca -d 'CA file that signed the server\'s certificate (TLS is then required)' -r -F
complete -c natsx -n "__fish_natsx_using_subcommand micro; and __fish_seen_subcommand_from ls" -l json
complete -c natsx -n "__fish_natsx_using_subcommand micro; and __fish_seen_subcommand_from ls" -l tlsfirst -d 'Start TLS before the server\'s INFO (for servers with handshake_first)'
complete -c natsx -n "__fish_natsx_using_subcommand micro; and __fish_seen_subcommand_from ls" -s h -l help -d 'Print help'
complete -c natsx -n "__fish_natsx_using_subcommand micro; and __fish_seen_subcommand_from ls" -s V -l version -d 'Print version'
complete -c natsx -n "__fish_natsx_using_subcommand micro; and __fish_seen_subcommand_from info" -s s -l server -d 'NATS server URLs, comma separated [default: the context\'s, else nats://127.0.0.1:4222]' -r
complete -c natsx -n "__fish_natsx_using_subcommand micro; and __fish_seen_subcommand_from info" -l context -d 'The connection context to use (`natsx context`), instead of the selected one' -r
complete -c natsx -n "__fish_natsx_using_subcommand micro; and __fish_seen_subcommand_from info" -l user -d 'Username or token' -r
complete -c natsx -n "__fish_natsx_using_subcommand micro; and __fish_seen_subcommand_from info" -l password -d 'Password' -r
complete -c natsx -n "__fish_natsx_using_subcommand micro; and __fish_seen_subcommand_from info" -l token -d 'Authentication token' -r
complete -c natsx -n "__fish_natsx_using_subcommand micro; and __fish_seen_subcommand_from info" -l creds -d 'User credentials file (JWT and seed)' -r -F
complete -c natsx -n "__fish_natsx_using_subcommand micro; and __fish_seen_subcommand_from info" -l nkey -d 'NKey seed file' -r -F
complete -c natsx -n "__fish_natsx_using_subcommand micro; and __fish_seen_subcommand_from info" -l timeout -d 'Time to wait on connect and on responses (e.g. 5s, 500ms)' -r
complete -c natsx -n "__fish_natsx_using_subcommand micro; and __fish_seen_subcommand_from info" -l connection-name -d 'Name of this connection, as the server shows it' -r
complete -c natsx -n "__fish_natsx_using_subcommand micro; and __fish_seen_subcommand_from info" -l tlscert -d 'TLS client certificate file (with --tlskey)' -r -F
complete -c natsx -n "__fish_natsx_using_subcommand micro; and __fish_seen_subcommand_from info" -l tlskey -d 'TLS client key file' -r -F
complete -c natsx -n "__fish_natsx_using_subcommand micro; and __fish_seen_subcommand_from info" -l tlsca -d 'CA file that signed the server\'s certificate (TLS is then required)' -r -F
complete -c natsx -n "__fish_natsx_using_subcommand micro; and __fish_seen_subcommand_from info" -l json
complete -c natsx -n "__fish_natsx_using_subcommand micro; and __fish_seen_subcommand_from info" -l tlsfirst -d 'Start TLS before the server\'s INFO (for servers with handshake_first)'
complete -c natsx -n "__fish_natsx_using_subcommand micro; and __fish_seen_subcommand_from info" -s h -l help -d 'Print help'
complete -c natsx -n "__fish_natsx_using_subcommand micro; and __fish_seen_subcommand_from info" -s V -l version -d 'Print version'
complete -c natsx -n "__fish_natsx_using_subcommand micro; and __fish_seen_subcommand_from stats" -s s -l server -d 'NATS server URLs, comma separated [default: the context\'s, else nats://127.0.0.1:4222]' -r
complete -c natsx -n "__fish_natsx_using_subcommand micro; and __fish_seen_subcommand_from stats" -l context -d 'The connection context to use (`natsx context`), instead of the selected one' -r
complete -c natsx -n "__fish_natsx_using_subcommand micro; and __fish_seen_subcommand_from stats" -l user -d 'Username or token' -r
complete -c natsx -n "__fish_natsx_using_subcommand micro; and __fish_seen_subcommand_from stats" -l password -d 'Password' -r
complete -c natsx -n "__fish_natsx_using_subcommand micro; and __fish_seen_subcommand_from stats" -l token -d 'Authentication token' -r
complete -c natsx -n "__fish_natsx_using_subcommand micro; and __fish_seen_subcommand_from stats" -l creds -d 'User credentials file (JWT and seed)' -r -F
complete -c natsx -n "__fish_natsx_using_subcommand micro; and __fish_seen_subcommand_from stats" -l nkey -d 'NKey seed file' -r -F
complete -c natsx -n "__fish_natsx_using_subcommand micro; and __fish_seen_subcommand_from stats" -l timeout -d 'Time to wait on connect and on responses (e.g. 5s, 500ms)' -r
complete -c natsx -n "__fish_natsx_using_subcommand micro; and __fish_seen_subcommand_from stats" -l connection-name -d 'Name of this connection, as the server shows it' -r
complete -c natsx -n "__fish_natsx_using_subcommand micro; and __fish_seen_subcommand_from stats" -l tlscert -d 'TLS client certificate file (with --tlskey)' -r -F
complete -c natsx -n "__fish_natsx_using_subcommand micro; and __fish_seen_subcommand_from stats" -l tlskey -d 'TLS client key file' -r -F
complete -c natsx -n "__fish_natsx_using_subcommand micro; and __fish_seen_subcommand_from stats" -l tlsca -d 'CA file that signed the server\'s certificate (TLS is then required)' -r -F
complete -c natsx -n "__fish_natsx_using_subcommand micro; and __fish_seen_subcommand_from stats" -l json
complete -c natsx -n "__fish_natsx_using_subcommand micro; and __fish_seen_subcommand_from stats" -l tlsfirst -d 'Start TLS before the server\'s INFO (for servers with handshake_first)'
complete -c natsx -n "__fish_natsx_using_subcommand micro; and __fish_seen_subcommand_from stats" -s h -l help -d 'Print help'
complete -c natsx -n "__fish_natsx_using_subcommand micro; and __fish_seen_subcommand_from stats" -s V -l version -d 'Print version'
complete -c natsx -n "__fish_natsx_using_subcommand micro; and __fish_seen_subcommand_from ping" -s s -l server -d 'NATS server URLs, comma separated [default: the context\'s, else nats://127.0.0.1:4222]' -r
complete -c natsx -n "__fish_natsx_using_subcommand micro; and __fish_seen_subcommand_from ping" -l context -d 'The connection context to use (`natsx context`), instead of the selected one' -r
complete -c natsx -n "__fish_natsx_using_subcommand micro; and __fish_seen_subcommand_from ping" -l user -d 'Username or token' -r
complete -c natsx -n "__fish_natsx_using_subcommand micro; and __fish_seen_subcommand_from ping" -l password -d 'Password' -r
complete -c natsx -n "__fish_natsx_using_subcommand micro; and __fish_seen_subcommand_from ping" -l token -d 'Authentication token' -r
complete -c natsx -n "__fish_natsx_using_subcommand micro; and __fish_seen_subcommand_from ping" -l creds -d 'User credentials file (JWT and seed)' -r -F
complete -c natsx -n "__fish_natsx_using_subcommand micro; and __fish_seen_subcommand_from ping" -l nkey -d 'NKey seed file' -r -F
complete -c natsx -n "__fish_natsx_using_subcommand micro; and __fish_seen_subcommand_from ping" -l timeout -d 'Time to wait on connect and on responses (e.g. 5s, 500ms)' -r
complete -c natsx -n "__fish_natsx_using_subcommand micro; and __fish_seen_subcommand_from ping" -l connection-name -d 'Name of this connection, as the server shows it' -r
complete -c natsx -n "__fish_natsx_using_subcommand micro; and __fish_seen_subcommand_from ping" -l tlscert -d 'TLS client certificate file (with --tlskey)' -r -F
complete -c natsx -n "__fish_natsx_using_subcommand micro; and __fish_seen_subcommand_from ping" -l tlskey -d 'TLS client key file' -r -F
complete -c natsx -n "__fish_natsx_using_subcommand micro; and __fish_seen_subcommand_from ping" -l tlsca -d 'CA file that signed the server\'s certificate (TLS is then required)' -r -F
complete -c natsx -n "__fish_natsx_using_subcommand micro; and __fish_seen_subcommand_from ping" -l tlsfirst -d 'Start TLS before the server\'s INFO (for servers with handshake_first)'
complete -c natsx -n "__fish_natsx_using_subcommand micro; and __fish_seen_subcommand_from ping" -s h -l help -d 'Print help'
complete -c natsx -n "__fish_natsx_using_subcommand micro; and __fish_seen_subcommand_from ping" -s V -l version -d 'Print version'
complete -c natsx -n "__fish_natsx_using_subcommand micro; and __fish_seen_subcommand_from help" -f -a "ls" -d 'List the running service instances (name, version, id, description)'
complete -c natsx -n "__fish_natsx_using_subcommand micro; and __fish_seen_subcommand_from help" -f -a "info" -d 'A service\'s description, endpoints and metadata (each instance, or one by id)'
complete -c natsx -n "__fish_natsx_using_subcommand micro; and __fish_seen_subcommand_from help" -f -a "stats" -d 'A service\'s request counts, errors and processing times per endpoint'
complete -c natsx -n "__fish_natsx_using_subcommand micro; and __fish_seen_subcommand_from help" -f -a "ping" -d 'Ping the instances (all, or of one service) and show how long each took'
complete -c natsx -n "__fish_natsx_using_subcommand micro; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c natsx -n "__fish_natsx_using_subcommand context; and not __fish_seen_subcommand_from add edit ls select info rm help" -s s -l server -d 'NATS server URLs, comma separated [default: the context\'s, else nats://127.0.0.1:4222]' -r
complete -c natsx -n "__fish_natsx_using_subcommand context; and not __fish_seen_subcommand_from add edit ls select info rm help" -l context -d 'The connection context to use (`natsx context`), instead of the selected one' -r
complete -c natsx -n "__fish_natsx_using_subcommand context; and not __fish_seen_subcommand_from add edit ls select info rm help" -l user -d 'Username or token' -r
complete -c natsx -n "__fish_natsx_using_subcommand context; and not __fish_seen_subcommand_from add edit ls select info rm help" -l password -d 'Password' -r
complete -c natsx -n "__fish_natsx_using_subcommand context; and not __fish_seen_subcommand_from add edit ls select info rm help" -l token -d 'Authentication token' -r
complete -c natsx -n "__fish_natsx_using_subcommand context; and not __fish_seen_subcommand_from add edit ls select info rm help" -l creds -d 'User credentials file (JWT and seed)' -r -F
complete -c natsx -n "__fish_natsx_using_subcommand context; and not __fish_seen_subcommand_from add edit ls select info rm help" -l nkey -d 'NKey seed file' -r -F
complete -c natsx -n "__fish_natsx_using_subcommand context; and not __fish_seen_subcommand_from add edit ls select info rm help" -l timeout -d 'Time to wait on connect and on responses (e.g. 5s, 500ms)' -r
complete -c natsx -n "__fish_natsx_using_subcommand context; and not __fish_seen_subcommand_from add edit ls select info rm help" -l connection-name -d 'Name of this connection, as the server shows it' -r
complete -c natsx -n "__fish_natsx_using_subcommand context; and not __fish_seen_subcommand_from add edit ls select info rm help" -l tlscert -d 'TLS client certificate file (with --tlskey)' -r -F
complete -c natsx -n "__fish_natsx_using_subcommand context; and not __fish_seen_subcommand_from add edit ls select info rm help" -l tlskey -d 'TLS client key file' -r -F
complete -c natsx -n "__fish_natsx_using_subcommand context; and not __fish_seen_subcommand_from add edit ls select info rm help" -l tlsca -d 'CA file that signed the server\'s certificate (TLS is then required)' -r -F
complete -c natsx -n "__fish_natsx_using_subcommand context; and not __fish_seen_subcommand_from add edit ls select info rm help" -l tlsfirst -d 'Start TLS before the server\'s INFO (for servers with handshake_first)'
complete -c natsx -n "__fish_natsx_using_subcommand context; and not __fish_seen_subcommand_from add edit ls select info rm help" -s h -l help -d 'Print help'
complete -c natsx -n "__fish_natsx_using_subcommand context; and not __fish_seen_subcommand_from add edit ls select info rm help" -s V -l version -d 'Print version'
complete -c natsx -n "__fish_natsx_using_subcommand context; and not __fish_seen_subcommand_from add edit ls select info rm help" -f -a "add" -d 'Save a context from the connection flags given (`-s`, `--user`, `--creds`, ...)'
complete -c natsx -n "__fish_natsx_using_subcommand context; and not __fish_seen_subcommand_from add edit ls select info rm help" -f -a "edit" -d 'Change a context: the connection flags given replace its values'
complete -c natsx -n "__fish_natsx_using_subcommand context; and not __fish_seen_subcommand_from add edit ls select info rm help" -f -a "ls" -d 'List the contexts (the selected one marked `*`)'
complete -c natsx -n "__fish_natsx_using_subcommand context; and not __fish_seen_subcommand_from add edit ls select info rm help" -f -a "select" -d 'Make a context the one every command uses by default'
complete -c natsx -n "__fish_natsx_using_subcommand context; and not __fish_seen_subcommand_from add edit ls select info rm help" -f -a "info" -d 'Show a context (default: the selected one); passwords and tokens are hidden'
complete -c natsx -n "__fish_natsx_using_subcommand context; and not __fish_seen_subcommand_from add edit ls select info rm help" -f -a "rm" -d 'Remove a context (not the selected one)'
complete -c natsx -n "__fish_natsx_using_subcommand context; and not __fish_seen_subcommand_from add edit ls select info rm help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c natsx -n "__fish_natsx_using_subcommand context; and __fish_seen_subcommand_from add" -l description -r
complete -c natsx -n "__fish_natsx_using_subcommand context; and __fish_seen_subcommand_from add" -s s -l server -d 'NATS server URLs, comma separated [default: the context\'s, else nats://127.0.0.1:4222]' -r
complete -c natsx -n "__fish_natsx_using_subcommand context; and __fish_seen_subcommand_from add" -l context -d 'The connection context to use (`natsx context`), instead of the selected one' -r
complete -c natsx -n "__fish_natsx_using_subcommand context; and __fish_seen_subcommand_from add" -l user -d 'Username or token' -r
complete -c natsx -n "__fish_natsx_using_subcommand context; and __fish_seen_subcommand_from add" -l password -d 'Password' -r
complete -c natsx -n "__fish_natsx_using_subcommand context; and __fish_seen_subcommand_from add" -l token -d 'Authentication token' -r
complete -c natsx -n "__fish_natsx_using_subcommand context; and __fish_seen_subcommand_from add" -l creds -d 'User credentials file (JWT and seed)' -r -F
complete -c natsx -n "__fish_natsx_using_subcommand context; and __fish_seen_subcommand_from add" -l nkey -d 'NKey seed file' -r -F
complete -c natsx -n "__fish_natsx_using_subcommand context; and __fish_seen_subcommand_from add" -l timeout -d 'Time to wait on connect and on responses (e.g. 5s, 500ms)' -r
complete -c natsx -n "__fish_natsx_using_subcommand context; and __fish_seen_subcommand_from add" -l connection-name -d 'Name of this connection, as the server shows it' -r
complete -c natsx -n "__fish_natsx_using_subcommand context; and __fish_seen_subcommand_from add" -l tlscert -d 'TLS client certificate file (with --tlskey)' -r -F
complete -c natsx -n "__fish_natsx_using_subcommand context; and __fish_seen_subcommand_from add" -l tlskey -d 'TLS client key file' -r -F
complete -c natsx -n "__fish_natsx_using_subcommand context; and __fish_seen_subcommand_from add" -l tlsca -d 'CA file that signed the server\'s certificate (TLS is then required)' -r -F
complete -c natsx -n "__fish_natsx_using_subcommand context; and __fish_seen_subcommand_from add" -l select -d 'Also make it the selected context'
complete -c natsx -n "__fish_natsx_using_subcommand context; and __fish_seen_subcommand_from add" -l tlsfirst -d 'Start TLS before the server\'s INFO (for servers with handshake_first)'
complete -c natsx -n "__fish_natsx_using_subcommand context; and __fish_seen_subcommand_from add" -s h -l help -d 'Print help'
complete -c natsx -n "__fish_natsx_using_subcommand context; and __fish_seen_subcommand_from add" -s V -l version -d 'Print version'
complete -c natsx -n "__fish_natsx_using_subcommand context; and __fish_seen_subcommand_from edit" -l description -r
complete -c natsx -n "__fish_natsx_using_subcommand context; and __fish_seen_subcommand_from edit" -s s -l server -d 'NATS server URLs, comma separated [default: the context\'s, else nats://127.0.0.1:4222]' -r
complete -c natsx -n "__fish_natsx_using_subcommand context; and __fish_seen_subcommand_from edit" -l context -d 'The connection context to use (`natsx context`), instead of the selected one' -r
complete -c natsx -n "__fish_natsx_using_subcommand context; and __fish_seen_subcommand_from edit" -l user -d 'Username or token' -r
complete -c natsx -n "__fish_natsx_using_subcommand context; and __fish_seen_subcommand_from edit" -l password -d 'Password' -r
complete -c natsx -n "__fish_natsx_using_subcommand context; and __fish_seen_subcommand_from edit" -l token -d 'Authentication token' -r
complete -c natsx -n "__fish_natsx_using_subcommand context; and __fish_seen_subcommand_from edit" -l creds -d 'User credentials file (JWT and seed)' -r -F
complete -c natsx -n "__fish_natsx_using_subcommand context; and __fish_seen_subcommand_from edit" -l nkey -d 'NKey seed file' -r -F
complete -c natsx -n "__fish_natsx_using_subcommand context; and __fish_seen_subcommand_from edit" -l timeout -d 'Time to wait on connect and on responses (e.g. 5s, 500ms)' -r
complete -c natsx -n "__fish_natsx_using_subcommand context; and __fish_seen_subcommand_from edit" -l connection-name -d 'Name of this connection, as the server shows it' -r
complete -c natsx -n "__fish_natsx_using_subcommand context; and __fish_seen_subcommand_from edit" -l tlscert -d 'TLS client certificate file (with --tlskey)' -r -F
complete -c natsx -n "__fish_natsx_using_subcommand context; and __fish_seen_subcommand_from edit" -l tlskey -d 'TLS client key file' -r -F
complete -c natsx -n "__fish_natsx_using_subcommand context; and __fish_seen_subcommand_from edit" -l tlsca -d 'CA file that signed the server\'s certificate (TLS is then required)' -r -F
complete -c natsx -n "__fish_natsx_using_subcommand context; and __fish_seen_subcommand_from edit" -l tlsfirst -d 'Start TLS before the server\'s INFO (for servers with handshake_first)'
complete -c natsx -n "__fish_natsx_using_subcommand context; and __fish_seen_subcommand_from edit" -s h -l help -d 'Print help'
complete -c natsx -n "__fish_natsx_using_subcommand context; and __fish_seen_subcommand_from edit" -s V -l version -d 'Print version'
complete -c natsx -n "__fish_natsx_using_subcommand context; and __fish_seen_subcommand_from ls" -s s -l server -d 'NATS server URLs, comma separated [default: the context\'s, else nats://127.0.0.1:4222]' -r
complete -c natsx -n "__fish_natsx_using_subcommand context; and __fish_seen_subcommand_from ls" -l context -d 'The connection context to use (`natsx context`), instead of the selected one' -r
complete -c natsx -n "__fish_natsx_using_subcommand context; and __fish_seen_subcommand_from ls" -l user -d 'Username or token' -r
complete -c natsx -n "__fish_natsx_using_subcommand context; and __fish_seen_subcommand_from ls" -l password -d 'Password' -r
complete -c natsx -n "__fish_natsx_using_subcommand context; and __fish_seen_subcommand_from ls" -l token -d 'Authentication token' -r
complete -c natsx -n "__fish_natsx_using_subcommand context; and __fish_seen_subcommand_from ls" -l creds -d 'User credentials file (JWT and seed)' -r -F
complete -c natsx -n "__fish_natsx_using_subcommand context; and __fish_seen_subcommand_from ls" -l nkey -d 'NKey seed file' -r -F
complete -c natsx -n "__fish_natsx_using_subcommand context; and __fish_seen_subcommand_from ls" -l timeout -d 'Time to wait on connect and on responses (e.g. 5s, 500ms)' -r
complete -c natsx -n "__fish_natsx_using_subcommand context; and __fish_seen_subcommand_from ls" -l connection-name -d 'Name of this connection, as the server shows it' -r
complete -c natsx -n "__fish_natsx_using_subcommand context; and __fish_seen_subcommand_from ls" -l tlscert -d 'TLS client certificate file (with --tlskey)' -r -F
complete -c natsx -n "__fish_natsx_using_subcommand context; and __fish_seen_subcommand_from ls" -l tlskey -d 'TLS client key file' -r -F
complete -c natsx -n "__fish_natsx_using_subcommand context; and __fish_seen_subcommand_from ls" -l tlsca -d 'CA file that signed the server\'s certificate (TLS is then required)' -r -F
complete -c natsx -n "__fish_natsx_using_subcommand context; and __fish_seen_subcommand_from ls" -l tlsfirst -d 'Start TLS before the server\'s INFO (for servers with handshake_first)'
complete -c natsx -n "__fish_natsx_using_subcommand context; and __fish_seen_subcommand_from ls" -s h -l help -d 'Print help'
complete -c natsx -n "__fish_natsx_using_subcommand context; and __fish_seen_subcommand_from ls" -s V -l version -d 'Print version'
complete -c natsx -n "__fish_natsx_using_subcommand context; and __fish_seen_subcommand_from select" -s s -l server -d 'NATS server URLs, comma separated [default: the context\'s, else nats://127.0.0.1:4222]' -r
complete -c natsx -n "__fish_natsx_using_subcommand context; and __fish_seen_subcommand_from select" -l context -d 'The connection context to use (`natsx context`), instead of the selected one' -r
complete -c natsx -n "__fish_natsx_using_subcommand context; and __fish_seen_subcommand_from select" -l user -d 'Username or token' -r
complete -c natsx -n "__fish_natsx_using_subcommand context; and __fish_seen_subcommand_from select" -l password -d 'Password' -r
complete -c natsx -n "__fish_natsx_using_subcommand context; and __fish_seen_subcommand_from select" -l token -d 'Authentication token' -r
complete -c natsx -n "__fish_natsx_using_subcommand context; and __fish_seen_subcommand_from select" -l creds -d 'User credentials file (JWT and seed)' -r -F
complete -c natsx -n "__fish_natsx_using_subcommand context; and __fish_seen_subcommand_from select" -l nkey -d 'NKey seed file' -r -F
complete -c natsx -n "__fish_natsx_using_subcommand context; and __fish_seen_subcommand_from select" -l timeout -d 'Time to wait on connect and on responses (e.g. 5s, 500ms)' -r
complete -c natsx -n "__fish_natsx_using_subcommand context; and __fish_seen_subcommand_from select" -l connection-name -d 'Name of this connection, as the server shows it' -r
complete -c natsx -n "__fish_natsx_using_subcommand context; and __fish_seen_subcommand_from select" -l tlscert -d 'TLS client certificate file (with --tlskey)' -r -F
complete -c natsx -n "__fish_natsx_using_subcommand context; and __fish_seen_subcommand_from select" -l tlskey -d 'TLS client key file' -r -F
complete -c natsx -n "__fish_natsx_using_subcommand context; and __fish_seen_subcommand_from select" -l tlsca -d 'CA file that signed the server\'s certificate (TLS is then required)' -r -F
complete -c natsx -n "__fish_natsx_using_subcommand context; and __fish_seen_subcommand_from select" -l tlsfirst -d 'Start TLS before the server\'s INFO (for servers with handshake_first)'
complete -c natsx -n "__fish_natsx_using_subcommand context; and __fish_seen_subcommand_from select" -s h -l help -d 'Print help'
complete -c natsx -n "__fish_natsx_using_subcommand context; and __fish_seen_subcommand_from select" -s V -l version -d 'Print version'
complete -c natsx -n "__fish_natsx_using_subcommand context; and __fish_seen_subcommand_from info" -s s -l server -d 'NATS server URLs, comma separated [default: the context\'s, else nats://127.0.0.1:4222]' -r
complete -c natsx -n "__fish_natsx_using_subcommand context; and __fish_seen_subcommand_from info" -l context -d 'The connection context to use (`natsx context`), instead of the selected one' -r
complete -c natsx -n "__fish_natsx_using_subcommand context; and __fish_seen_subcommand_from info" -l user -d 'Username or token' -r
complete -c natsx -n "__fish_natsx_using_subcommand context; and __fish_seen_subcommand_from info" -l password -d 'Password' -r
complete -c natsx -n "__fish_natsx_using_subcommand context; and __fish_seen_subcommand_from info" -l token -d 'Authentication token' -r
complete -c natsx -n "__fish_natsx_using_subcommand context; and __fish_seen_subcommand_from info" -l creds -d 'User credentials file (JWT and seed)' -r -F
complete -c natsx -n "__fish_natsx_using_subcommand context; and __fish_seen_subcommand_from info" -l nkey -d 'NKey seed file' -r -F
complete -c natsx -n "__fish_natsx_using_subcommand context; and __fish_seen_subcommand_from info" -l timeout -d 'Time to wait on connect and on responses (e.g. 5s, 500ms)' -r
complete -c natsx -n "__fish_natsx_using_subcommand context; and __fish_seen_subcommand_from info" -l connection-name -d 'Name of this connection, as the server shows it' -r
complete -c natsx -n "__fish_natsx_using_subcommand context; and __fish_seen_subcommand_from info" -l tlscert -d 'TLS client certificate file (with --tlskey)' -r -F
complete -c natsx -n "__fish_natsx_using_subcommand context; and __fish_seen_subcommand_from info" -l tlskey -d 'TLS client key file' -r -F
complete -c natsx -n "__fish_natsx_using_subcommand context; and __fish_seen_subcommand_from info" -l tlsca -d 'CA file that signed the server\'s certificate (TLS is then required)' -r -F
complete -c natsx -n "__fish_natsx_using_subcommand context; and __fish_seen_subcommand_from info" -l json
complete -c natsx -n "__fish_natsx_using_subcommand context; and __fish_seen_subcommand_from info" -l tlsfirst -d 'Start TLS before the server\'s INFO (for servers with handshake_first)'
complete -c natsx -n "__fish_natsx_using_subcommand context; and __fish_seen_subcommand_from info" -s h -l help -d 'Print help'
complete -c natsx -n "__fish_natsx_using_subcommand context; and __fish_seen_subcommand_from info" -s V -l version -d 'Print version'
complete -c natsx -n "__fish_natsx_using_subcommand context; and __fish_seen_subcommand_from rm" -s s -l server -d 'NATS server URLs, comma separated [default: the context\'s, else nats://127.0.0.1:4222]' -r
complete -c natsx -n "__fish_natsx_using_subcommand context; and __fish_seen_subcommand_from rm" -l context -d 'The connection context to use (`natsx context`), instead of the selected one' -r
complete -c natsx -n "__fish_natsx_using_subcommand context; and __fish_seen_subcommand_from rm" -l user -d 'Username or token' -r
complete -c natsx -n "__fish_natsx_using_subcommand context; and __fish_seen_subcommand_from rm" -l password -d 'Password' -r
complete -c natsx -n "__fish_natsx_using_subcommand context; and __fish_seen_subcommand_from rm" -l token -d 'Authentication token' -r
complete -c natsx -n "__fish_natsx_using_subcommand context; and __fish_seen_subcommand_from rm" -l creds -d 'User credentials file (JWT and seed)' -r -F
complete -c natsx -n "__fish_natsx_using_subcommand context; and __fish_seen_subcommand_from rm" -l nkey -d 'NKey seed file' -r -F
complete -c natsx -n "__fish_natsx_using_subcommand context; and __fish_seen_subcommand_from rm" -l timeout -d 'Time to wait on connect and on responses (e.g. 5s, 500ms)' -r
complete -c natsx -n "__fish_natsx_using_subcommand context; and __fish_seen_subcommand_from rm" -l connection-name -d 'Name of this connection, as the server shows it' -r
complete -c natsx -n "__fish_natsx_using_subcommand context; and __fish_seen_subcommand_from rm" -l tlscert -d 'TLS client certificate file (with --tlskey)' -r -F
complete -c natsx -n "__fish_natsx_using_subcommand context; and __fish_seen_subcommand_from rm" -l tlskey -d 'TLS client key file' -r -F
complete -c natsx -n "__fish_natsx_using_subcommand context; and __fish_seen_subcommand_from rm" -l tlsca -d 'CA file that signed the server\'s certificate (TLS is then required)' -r -F
complete -c natsx -n "__fish_natsx_using_subcommand context; and __fish_seen_subcommand_from rm" -s f -l force -d 'Remove it even when it is the selected one (the selection is cleared)'
complete -c natsx -n "__fish_natsx_using_subcommand context; and __fish_seen_subcommand_from rm" -l tlsfirst -d 'Start TLS before the server\'s INFO (for servers with handshake_first)'
complete -c natsx -n "__fish_natsx_using_subcommand context; and __fish_seen_subcommand_from rm" -s h -l help -d 'Print help'
complete -c natsx -n "__fish_natsx_using_subcommand context; and __fish_seen_subcommand_from rm" -s V -l version -d 'Print version'
complete -c natsx -n "__fish_natsx_using_subcommand context; and __fish_seen_subcommand_from help" -f -a "add" -d 'Save a context from the connection flags given (`-s`, `--user`, `--creds`, ...)'
complete -c natsx -n "__fish_natsx_using_subcommand context; and __fish_seen_subcommand_from help" -f -a "edit" -d 'Change a context: the connection flags given replace its values'
complete -c natsx -n "__fish_natsx_using_subcommand context; and __fish_seen_subcommand_from help" -f -a "ls" -d 'List the contexts (the selected one marked `*`)'
complete -c natsx -n "__fish_natsx_using_subcommand context; and __fish_seen_subcommand_from help" -f -a "select" -d 'Make a context the one every command uses by default'
complete -c natsx -n "__fish_natsx_using_subcommand context; and __fish_seen_subcommand_from help" -f -a "info" -d 'Show a context (default: the selected one); passwords and tokens are hidden'
complete -c natsx -n "__fish_natsx_using_subcommand context; and __fish_seen_subcommand_from help" -f -a "rm" -d 'Remove a context (not the selected one)'
complete -c natsx -n "__fish_natsx_using_subcommand context; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c natsx -n "__fish_natsx_using_subcommand completion" -s s -l server -d 'NATS server URLs, comma separated [default: the context\'s, else nats://127.0.0.1:4222]' -r
complete -c natsx -n "__fish_natsx_using_subcommand completion" -l context -d 'The connection context to use (`natsx context`), instead of the selected one' -r
complete -c natsx -n "__fish_natsx_using_subcommand completion" -l user -d 'Username or token' -r
complete -c natsx -n "__fish_natsx_using_subcommand completion" -l password -d 'Password' -r
complete -c natsx -n "__fish_natsx_using_subcommand completion" -l token -d 'Authentication token' -r
complete -c natsx -n "__fish_natsx_using_subcommand completion" -l creds -d 'User credentials file (JWT and seed)' -r -F
complete -c natsx -n "__fish_natsx_using_subcommand completion" -l nkey -d 'NKey seed file' -r -F
complete -c natsx -n "__fish_natsx_using_subcommand completion" -l timeout -d 'Time to wait on connect and on responses (e.g. 5s, 500ms)' -r
complete -c natsx -n "__fish_natsx_using_subcommand completion" -l connection-name -d 'Name of this connection, as the server shows it' -r
complete -c natsx -n "__fish_natsx_using_subcommand completion" -l tlscert -d 'TLS client certificate file (with --tlskey)' -r -F
complete -c natsx -n "__fish_natsx_using_subcommand completion" -l tlskey -d 'TLS client key file' -r -F
complete -c natsx -n "__fish_natsx_using_subcommand completion" -l tlsca -d 'CA file that signed the server\'s certificate (TLS is then required)' -r -F
complete -c natsx -n "__fish_natsx_using_subcommand completion" -l tlsfirst -d 'Start TLS before the server\'s INFO (for servers with handshake_first)'
complete -c natsx -n "__fish_natsx_using_subcommand completion" -s h -l help -d 'Print help'
complete -c natsx -n "__fish_natsx_using_subcommand completion" -s V -l version -d 'Print version'
complete -c natsx -n "__fish_natsx_using_subcommand man" -l dir -d 'Where to write `natsx.1`, `natsx-pub.1`, ... (default: print natsx(1))' -r -F
complete -c natsx -n "__fish_natsx_using_subcommand man" -s s -l server -d 'NATS server URLs, comma separated [default: the context\'s, else nats://127.0.0.1:4222]' -r
complete -c natsx -n "__fish_natsx_using_subcommand man" -l context -d 'The connection context to use (`natsx context`), instead of the selected one' -r
complete -c natsx -n "__fish_natsx_using_subcommand man" -l user -d 'Username or token' -r
complete -c natsx -n "__fish_natsx_using_subcommand man" -l password -d 'Password' -r
complete -c natsx -n "__fish_natsx_using_subcommand man" -l token -d 'Authentication token' -r
complete -c natsx -n "__fish_natsx_using_subcommand man" -l creds -d 'User credentials file (JWT and seed)' -r -F
complete -c natsx -n "__fish_natsx_using_subcommand man" -l nkey -d 'NKey seed file' -r -F
complete -c natsx -n "__fish_natsx_using_subcommand man" -l timeout -d 'Time to wait on connect and on responses (e.g. 5s, 500ms)' -r
complete -c natsx -n "__fish_natsx_using_subcommand man" -l connection-name -d 'Name of this connection, as the server shows it' -r
complete -c natsx -n "__fish_natsx_using_subcommand man" -l tlscert -d 'TLS client certificate file (with --tlskey)' -r -F
complete -c natsx -n "__fish_natsx_using_subcommand man" -l tlskey -d 'TLS client key file' -r -F
complete -c natsx -n "__fish_natsx_using_subcommand man" -l tlsca -d 'CA file that signed the server\'s certificate (TLS is then required)' -r -F
complete -c natsx -n "__fish_natsx_using_subcommand man" -l tlsfirst -d 'Start TLS before the server\'s INFO (for servers with handshake_first)'
complete -c natsx -n "__fish_natsx_using_subcommand man" -s h -l help -d 'Print help'
complete -c natsx -n "__fish_natsx_using_subcommand man" -s V -l version -d 'Print version'
complete -c natsx -n "__fish_natsx_using_subcommand help; and not __fish_seen_subcommand_from server pub sub req reply bench stream consumer kv obj account rtt events repl micro context completion man help" -f -a "server" -d 'Run the server; takes nats-server\'s flags (see `natsx server --help`). With a verb it administers servers through the system account instead: ping, list, info, report connections|accounts|jetstream, request KIND, check connection|jetstream|stream (`natsx server VERB --help`); `natsx server mapping SOURCE DESTINATION [SUBJECT]` tests a subject mapping'
complete -c natsx -n "__fish_natsx_using_subcommand help; and not __fish_seen_subcommand_from server pub sub req reply bench stream consumer kv obj account rtt events repl micro context completion man help" -f -a "pub" -d 'Publish messages to a subject'
complete -c natsx -n "__fish_natsx_using_subcommand help; and not __fish_seen_subcommand_from server pub sub req reply bench stream consumer kv obj account rtt events repl micro context completion man help" -f -a "sub" -d 'Subscribe to a subject and print the messages'
complete -c natsx -n "__fish_natsx_using_subcommand help; and not __fish_seen_subcommand_from server pub sub req reply bench stream consumer kv obj account rtt events repl micro context completion man help" -f -a "req" -d 'Send a request and wait for replies'
complete -c natsx -n "__fish_natsx_using_subcommand help; and not __fish_seen_subcommand_from server pub sub req reply bench stream consumer kv obj account rtt events repl micro context completion man help" -f -a "reply" -d 'Answer requests on a subject'
complete -c natsx -n "__fish_natsx_using_subcommand help; and not __fish_seen_subcommand_from server pub sub req reply bench stream consumer kv obj account rtt events repl micro context completion man help" -f -a "bench" -d 'Measure throughput and latency (like `nats bench`)'
complete -c natsx -n "__fish_natsx_using_subcommand help; and not __fish_seen_subcommand_from server pub sub req reply bench stream consumer kv obj account rtt events repl micro context completion man help" -f -a "stream" -d 'Manage JetStream streams'
complete -c natsx -n "__fish_natsx_using_subcommand help; and not __fish_seen_subcommand_from server pub sub req reply bench stream consumer kv obj account rtt events repl micro context completion man help" -f -a "consumer" -d 'Manage JetStream consumers'
complete -c natsx -n "__fish_natsx_using_subcommand help; and not __fish_seen_subcommand_from server pub sub req reply bench stream consumer kv obj account rtt events repl micro context completion man help" -f -a "kv" -d 'Key-Value buckets: put, get, watch, history'
complete -c natsx -n "__fish_natsx_using_subcommand help; and not __fish_seen_subcommand_from server pub sub req reply bench stream consumer kv obj account rtt events repl micro context completion man help" -f -a "obj" -d 'Object Store buckets: put and get files of any size'
complete -c natsx -n "__fish_natsx_using_subcommand help; and not __fish_seen_subcommand_from server pub sub req reply bench stream consumer kv obj account rtt events repl micro context completion man help" -f -a "account" -d 'The connected account: connection, permissions, JetStream usage, exports and imports'
complete -c natsx -n "__fish_natsx_using_subcommand help; and not __fish_seen_subcommand_from server pub sub req reply bench stream consumer kv obj account rtt events repl micro context completion man help" -f -a "rtt" -d 'The round trip to the server'
complete -c natsx -n "__fish_natsx_using_subcommand help; and not __fish_seen_subcommand_from server pub sub req reply bench stream consumer kv obj account rtt events repl micro context completion man help" -f -a "events" -d 'Client connect/disconnect events (system account) and JetStream advisories'
complete -c natsx -n "__fish_natsx_using_subcommand help; and not __fish_seen_subcommand_from server pub sub req reply bench stream consumer kv obj account rtt events repl micro context completion man help" -f -a "repl" -d 'An interactive shell on one connection (also `natsx` alone on a terminal)'
complete -c natsx -n "__fish_natsx_using_subcommand help; and not __fish_seen_subcommand_from server pub sub req reply bench stream consumer kv obj account rtt events repl micro context completion man help" -f -a "micro" -d 'Services built with the clients\' service API: ls, info, stats, ping'
complete -c natsx -n "__fish_natsx_using_subcommand help; and not __fish_seen_subcommand_from server pub sub req reply bench stream consumer kv obj account rtt events repl micro context completion man help" -f -a "context" -d 'Named connection settings, shared with the nats CLI (add, edit, ls, select, info, rm)'
complete -c natsx -n "__fish_natsx_using_subcommand help; and not __fish_seen_subcommand_from server pub sub req reply bench stream consumer kv obj account rtt events repl micro context completion man help" -f -a "completion" -d 'Print the shell completion script (bash, zsh, fish, elvish, powershell)'
complete -c natsx -n "__fish_natsx_using_subcommand help; and not __fish_seen_subcommand_from server pub sub req reply bench stream consumer kv obj account rtt events repl micro context completion man help" -f -a "man" -d 'Write the man pages, one per subcommand, into a directory (or print natsx(1))'
complete -c natsx -n "__fish_natsx_using_subcommand help; and not __fish_seen_subcommand_from server pub sub req reply bench stream consumer kv obj account rtt events repl micro context completion man help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c natsx -n "__fish_natsx_using_subcommand help; and __fish_seen_subcommand_from bench" -f -a "pub" -d 'Publish messages and measure the publish rate'
complete -c natsx -n "__fish_natsx_using_subcommand help; and __fish_seen_subcommand_from bench" -f -a "sub" -d 'Subscribe and measure the receive rate (start it before `bench pub`)'
complete -c natsx -n "__fish_natsx_using_subcommand help; and __fish_seen_subcommand_from bench" -f -a "pubsub" -d 'Publishers and subscribers together in one run'
complete -c natsx -n "__fish_natsx_using_subcommand help; and __fish_seen_subcommand_from bench" -f -a "service" -d 'Request/reply: `serve` answers, `request` measures'
complete -c natsx -n "__fish_natsx_using_subcommand help; and __fish_seen_subcommand_from bench" -f -a "js" -d 'JetStream: publish with acknowledgements, consume through consumers'
complete -c natsx -n "__fish_natsx_using_subcommand help; and __fish_seen_subcommand_from bench" -f -a "kv" -d 'Key-Value: put and get'
complete -c natsx -n "__fish_natsx_using_subcommand help; and __fish_seen_subcommand_from bench" -f -a "obj" -d 'Object Store: put and get throughput'
complete -c natsx -n "__fish_natsx_using_subcommand help; and __fish_seen_subcommand_from bench" -f -a "idle" -d 'Hold idle connections and subscriptions open (for memory measurements)'
complete -c natsx -n "__fish_natsx_using_subcommand help; and __fish_seen_subcommand_from stream" -f -a "add" -d 'Create a stream'
complete -c natsx -n "__fish_natsx_using_subcommand help; and __fish_seen_subcommand_from stream" -f -a "edit" -d 'Change a stream\'s configuration'
complete -c natsx -n "__fish_natsx_using_subcommand help; and __fish_seen_subcommand_from stream" -f -a "info" -d 'Show a stream\'s configuration and state'
complete -c natsx -n "__fish_natsx_using_subcommand help; and __fish_seen_subcommand_from stream" -f -a "ls" -d 'List streams'
complete -c natsx -n "__fish_natsx_using_subcommand help; and __fish_seen_subcommand_from stream" -f -a "rm" -d 'Delete a stream and all its messages'
complete -c natsx -n "__fish_natsx_using_subcommand help; and __fish_seen_subcommand_from stream" -f -a "purge" -d 'Remove messages from a stream'
complete -c natsx -n "__fish_natsx_using_subcommand help; and __fish_seen_subcommand_from stream" -f -a "get" -d 'Show one message'
complete -c natsx -n "__fish_natsx_using_subcommand help; and __fish_seen_subcommand_from stream" -f -a "rmm" -d 'Delete one message'
complete -c natsx -n "__fish_natsx_using_subcommand help; and __fish_seen_subcommand_from stream" -f -a "view" -d 'Show the messages of a stream'
complete -c natsx -n "__fish_natsx_using_subcommand help; and __fish_seen_subcommand_from stream" -f -a "report" -d 'A table of every stream'
complete -c natsx -n "__fish_natsx_using_subcommand help; and __fish_seen_subcommand_from consumer" -f -a "add" -d 'Create a consumer'
complete -c natsx -n "__fish_natsx_using_subcommand help; and __fish_seen_subcommand_from consumer" -f -a "edit" -d 'Change a consumer\'s configuration'
complete -c natsx -n "__fish_natsx_using_subcommand help; and __fish_seen_subcommand_from consumer" -f -a "info" -d 'Show a consumer\'s configuration and state'
complete -c natsx -n "__fish_natsx_using_subcommand help; and __fish_seen_subcommand_from consumer" -f -a "ls" -d 'List a stream\'s consumers'
complete -c natsx -n "__fish_natsx_using_subcommand help; and __fish_seen_subcommand_from consumer" -f -a "rm" -d 'Delete a consumer'
complete -c natsx -n "__fish_natsx_using_subcommand help; and __fish_seen_subcommand_from consumer" -f -a "next" -d 'Fetch messages from a pull consumer'
complete -c natsx -n "__fish_natsx_using_subcommand help; and __fish_seen_subcommand_from consumer" -f -a "sub" -d 'Receive messages from a push consumer'
complete -c natsx -n "__fish_natsx_using_subcommand help; and __fish_seen_subcommand_from kv" -f -a "add" -d 'Create a bucket'
complete -c natsx -n "__fish_natsx_using_subcommand help; and __fish_seen_subcommand_from kv" -f -a "info" -d 'Show a bucket\'s configuration and state'
complete -c natsx -n "__fish_natsx_using_subcommand help; and __fish_seen_subcommand_from kv" -f -a "ls" -d 'List buckets'
complete -c natsx -n "__fish_natsx_using_subcommand help; and __fish_seen_subcommand_from kv" -f -a "rm" -d 'Delete a bucket and all its values'
complete -c natsx -n "__fish_natsx_using_subcommand help; and __fish_seen_subcommand_from kv" -f -a "put" -d 'Store a value'
complete -c natsx -n "__fish_natsx_using_subcommand help; and __fish_seen_subcommand_from kv" -f -a "get" -d 'Show a value'
complete -c natsx -n "__fish_natsx_using_subcommand help; and __fish_seen_subcommand_from kv" -f -a "create" -d 'Store a value only if the key has none'
complete -c natsx -n "__fish_natsx_using_subcommand help; and __fish_seen_subcommand_from kv" -f -a "update" -d 'Replace a value only if it is still at the given revision (compare and set)'
complete -c natsx -n "__fish_natsx_using_subcommand help; and __fish_seen_subcommand_from kv" -f -a "del" -d 'Delete a key (leaves a delete marker; history is kept)'
complete -c natsx -n "__fish_natsx_using_subcommand help; and __fish_seen_subcommand_from kv" -f -a "purge" -d 'Remove a key and its history (leaves a purge marker)'
complete -c natsx -n "__fish_natsx_using_subcommand help; and __fish_seen_subcommand_from kv" -f -a "history" -d 'Show every stored revision of a key'
complete -c natsx -n "__fish_natsx_using_subcommand help; and __fish_seen_subcommand_from kv" -f -a "keys" -d 'List the keys that have a value'
complete -c natsx -n "__fish_natsx_using_subcommand help; and __fish_seen_subcommand_from kv" -f -a "watch" -d 'Print changes as they happen'
complete -c natsx -n "__fish_natsx_using_subcommand help; and __fish_seen_subcommand_from kv" -f -a "compact" -d 'Remove delete and purge markers left by deleted keys'
complete -c natsx -n "__fish_natsx_using_subcommand help; and __fish_seen_subcommand_from obj" -f -a "add" -d 'Create a bucket'
complete -c natsx -n "__fish_natsx_using_subcommand help; and __fish_seen_subcommand_from obj" -f -a "info" -d 'Show a bucket, or one object in it'
complete -c natsx -n "__fish_natsx_using_subcommand help; and __fish_seen_subcommand_from obj" -f -a "ls" -d 'List buckets, or the objects in one'
complete -c natsx -n "__fish_natsx_using_subcommand help; and __fish_seen_subcommand_from obj" -f -a "rm" -d 'Delete a bucket and everything in it'
complete -c natsx -n "__fish_natsx_using_subcommand help; and __fish_seen_subcommand_from obj" -f -a "put" -d 'Upload a file (or standard input with `-`)'
complete -c natsx -n "__fish_natsx_using_subcommand help; and __fish_seen_subcommand_from obj" -f -a "get" -d 'Download an object to a file (or standard output with `-O -`)'
complete -c natsx -n "__fish_natsx_using_subcommand help; and __fish_seen_subcommand_from obj" -f -a "del" -d 'Delete an object'
complete -c natsx -n "__fish_natsx_using_subcommand help; and __fish_seen_subcommand_from obj" -f -a "seal" -d 'Make a bucket read-only'
complete -c natsx -n "__fish_natsx_using_subcommand help; and __fish_seen_subcommand_from obj" -f -a "watch" -d 'Print changes to a bucket as they happen'
complete -c natsx -n "__fish_natsx_using_subcommand help; and __fish_seen_subcommand_from account" -f -a "info" -d 'Show the connected account: connection, permissions, JetStream usage and limits'
complete -c natsx -n "__fish_natsx_using_subcommand help; and __fish_seen_subcommand_from account" -f -a "nkey" -d 'Make and use NKeys: gen, show, sign, verify (as `nats auth nkey`)'
complete -c natsx -n "__fish_natsx_using_subcommand help; and __fish_seen_subcommand_from account" -f -a "init" -d 'Create an operator with a system account, in an nsc store (as `nsc init`)'
complete -c natsx -n "__fish_natsx_using_subcommand help; and __fish_seen_subcommand_from account" -f -a "add" -d 'Add an operator, account or user (as `nsc add`)'
complete -c natsx -n "__fish_natsx_using_subcommand help; and __fish_seen_subcommand_from account" -f -a "edit" -d 'Change an account, or scope a signing key (as `nsc edit`)'
complete -c natsx -n "__fish_natsx_using_subcommand help; and __fish_seen_subcommand_from account" -f -a "generate" -d 'Generate a user\'s creds or a server configuration (as `nsc generate`)'
complete -c natsx -n "__fish_natsx_using_subcommand help; and __fish_seen_subcommand_from account" -f -a "describe" -d 'Show an operator, account or user JWT: from the store, a file or stdin (`--file -`)'
complete -c natsx -n "__fish_natsx_using_subcommand help; and __fish_seen_subcommand_from account" -f -a "list" -d 'List the store\'s keys (as `nsc list keys --all`)'
complete -c natsx -n "__fish_natsx_using_subcommand help; and __fish_seen_subcommand_from account" -f -a "callout" -d 'Run an auth callout service (`serve`) that admits the users of a file'
complete -c natsx -n "__fish_natsx_using_subcommand help; and __fish_seen_subcommand_from account" -f -a "revocations" -d 'Revoke users (as `nsc revocations`)'
complete -c natsx -n "__fish_natsx_using_subcommand help; and __fish_seen_subcommand_from account" -f -a "push" -d 'Send account JWTs to a server\'s NATS-based resolver, or remove them (as `nsc push`)'
complete -c natsx -n "__fish_natsx_using_subcommand help; and __fish_seen_subcommand_from account" -f -a "pull" -d 'Fetch account JWTs from a server\'s NATS-based resolver into the store (as `nsc pull`)'
complete -c natsx -n "__fish_natsx_using_subcommand help; and __fish_seen_subcommand_from micro" -f -a "ls" -d 'List the running service instances (name, version, id, description)'
complete -c natsx -n "__fish_natsx_using_subcommand help; and __fish_seen_subcommand_from micro" -f -a "info" -d 'A service\'s description, endpoints and metadata (each instance, or one by id)'
complete -c natsx -n "__fish_natsx_using_subcommand help; and __fish_seen_subcommand_from micro" -f -a "stats" -d 'A service\'s request counts, errors and processing times per endpoint'
complete -c natsx -n "__fish_natsx_using_subcommand help; and __fish_seen_subcommand_from micro" -f -a "ping" -d 'Ping the instances (all, or of one service) and show how long each took'
complete -c natsx -n "__fish_natsx_using_subcommand help; and __fish_seen_subcommand_from context" -f -a "add" -d 'Save a context from the connection flags given (`-s`, `--user`, `--creds`, ...)'
complete -c natsx -n "__fish_natsx_using_subcommand help; and __fish_seen_subcommand_from context" -f -a "edit" -d 'Change a context: the connection flags given replace its values'
complete -c natsx -n "__fish_natsx_using_subcommand help; and __fish_seen_subcommand_from context" -f -a "ls" -d 'List the contexts (the selected one marked `*`)'
complete -c natsx -n "__fish_natsx_using_subcommand help; and __fish_seen_subcommand_from context" -f -a "select" -d 'Make a context the one every command uses by default'
complete -c natsx -n "__fish_natsx_using_subcommand help; and __fish_seen_subcommand_from context" -f -a "info" -d 'Show a context (default: the selected one); passwords and tokens are hidden'
complete -c natsx -n "__fish_natsx_using_subcommand help; and __fish_seen_subcommand_from context" -f -a "rm" -d 'Remove a context (not the selected one)'
