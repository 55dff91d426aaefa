
using namespace System.Management.Automation
using namespace System.Management.Automation.Language

Register-ArgumentCompleter -Native -CommandName 'natsx' -ScriptBlock {
    param($wordToComplete, $commandAst, $cursorPosition)

    $commandElements = $commandAst.CommandElements
    $command = @(
        'natsx'
        for ($i = 1; $i -lt $commandElements.Count; $i++) {
            $element = $commandElements[$i]
            if ($element -isnot [StringConstantExpressionAst] -or
                $element.StringConstantType -ne [StringConstantType]::BareWord -or
                $element.Value.StartsWith('-') -or
                $element.Value -eq $wordToComplete) {
                break
        }
        $element.Value
    }) -join ';'

    $completions = @(switch ($command) {
        'natsx' {
            [CompletionResult]::new('-s', '-s', [CompletionResultType]::ParameterName, 'NATS server URLs, comma separated [default: the context''s, else nats://127.0.0.1:4222]')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'NATS server URLs, comma separated [default: the context''s, else nats://127.0.0.1:4222]')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'The connection context to use (`natsx context`), instead of the selected one')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'Username or token')
            [CompletionResult]::new('--password', '--password', [CompletionResultType]::ParameterName, 'Password')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'Authentication token')
            [CompletionResult]::new('--creds', '--creds', [CompletionResultType]::ParameterName, 'User credentials file (JWT and seed)')
            [CompletionResult]::new('--nkey', '--nkey', [CompletionResultType]::ParameterName, 'NKey seed file')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Time to wait on connect and on responses (e.g. 5s, 500ms)')
            [CompletionResult]::new('--connection-name', '--connection-name', [CompletionResultType]::ParameterName, 'Name of this connection, as the server shows it')
            [CompletionResult]::new('--tlscert', '--tlscert', [CompletionResultType]::ParameterName, 'TLS client certificate file (with --tlskey)')
            [CompletionResult]::new('--tlskey', '--tlskey', [CompletionResultType]::ParameterName, 'TLS client key file')
            [CompletionResult]::new('--tlsca', '--tlsca', [CompletionResultType]::ParameterName, 'CA file that signed the server''s certificate (TLS is then required)')
            [CompletionResult]::new('--tlsfirst', '--tlsfirst', [CompletionResultType]::ParameterName, 'Start TLS before the server''s INFO (for servers with handshake_first)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('server', 'server', [CompletionResultType]::ParameterValue, 'Run the server; takes nats-server''s flags (see `natsx server --help`). With a verb it administers servers through the system account instead: ping, list, info, report connections|accounts|jetstream, request KIND, check connection|jetstream|stream (`natsx server VERB --help`); `natsx server mapping SOURCE DESTINATION [SUBJECT]` tests a subject mapping')
            [CompletionResult]::new('pub', 'pub', [CompletionResultType]::ParameterValue, 'Publish messages to a subject')
            [CompletionResult]::new('sub', 'sub', [CompletionResultType]::ParameterValue, 'Subscribe to a subject and print the messages')
            [CompletionResult]::new('req', 'req', [CompletionResultType]::ParameterValue, 'Send a request and wait for replies')
            [CompletionResult]::new('reply', 'reply', [CompletionResultType]::ParameterValue, 'Answer requests on a subject')
            [CompletionResult]::new('bench', 'bench', [CompletionResultType]::ParameterValue, 'Measure throughput and latency (like `nats bench`)')
            [CompletionResult]::new('stream', 'stream', [CompletionResultType]::ParameterValue, 'Manage JetStream streams')
            [CompletionResult]::new('consumer', 'consumer', [CompletionResultType]::ParameterValue, 'Manage JetStream consumers')
            [CompletionResult]::new('kv', 'kv', [CompletionResultType]::ParameterValue, 'Key-Value buckets: put, get, watch, history')
            [CompletionResult]::new('obj', 'obj', [CompletionResultType]::ParameterValue, 'Object Store buckets: put and get files of any size')
            [CompletionResult]::new('account', 'account', [CompletionResultType]::ParameterValue, 'The connected account: connection, permissions, JetStream usage, exports and imports')
            [CompletionResult]::new('rtt', 'rtt', [CompletionResultType]::ParameterValue, 'The round trip to the server')
            [CompletionResult]::new('events', 'events', [CompletionResultType]::ParameterValue, 'Client connect/disconnect events (system account) and JetStream advisories')
            [CompletionResult]::new('repl', 'repl', [CompletionResultType]::ParameterValue, 'An interactive shell on one connection (also `natsx` alone on a terminal)')
            [CompletionResult]::new('micro', 'micro', [CompletionResultType]::ParameterValue, 'Services built with the clients'' service API: ls, info, stats, ping')
            [CompletionResult]::new('context', 'context', [CompletionResultType]::ParameterValue, 'Named connection settings, shared with the nats CLI (add, edit, ls, select, info, rm)')
            [CompletionResult]::new('completion', 'completion', [CompletionResultType]::ParameterValue, 'Print the shell completion script (bash, zsh, fish, elvish, powershell)')
            [CompletionResult]::new('man', 'man', [CompletionResultType]::ParameterValue, 'Write the man pages, one per subcommand, into a directory (or print natsx(1))')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'natsx;server' {
            [CompletionResult]::new('-s', '-s', [CompletionResultType]::ParameterName, 'NATS server URLs, comma separated [default: the context''s, else nats://127.0.0.1:4222]')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'NATS server URLs, comma separated [default: the context''s, else nats://127.0.0.1:4222]')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'The connection context to use (`natsx context`), instead of the selected one')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'Username or token')
            [CompletionResult]::new('--password', '--password', [CompletionResultType]::ParameterName, 'Password')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'Authentication token')
            [CompletionResult]::new('--creds', '--creds', [CompletionResultType]::ParameterName, 'User credentials file (JWT and seed)')
            [CompletionResult]::new('--nkey', '--nkey', [CompletionResultType]::ParameterName, 'NKey seed file')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Time to wait on connect and on responses (e.g. 5s, 500ms)')
            [CompletionResult]::new('--connection-name', '--connection-name', [CompletionResultType]::ParameterName, 'Name of this connection, as the server shows it')
            [CompletionResult]::new('--tlscert', '--tlscert', [CompletionResultType]::ParameterName, 'TLS client certificate file (with --tlskey)')
            [CompletionResult]::new('--tlskey', '--tlskey', [CompletionResultType]::ParameterName, 'TLS client key file')
            [CompletionResult]::new('--tlsca', '--tlsca', [CompletionResultType]::ParameterName, 'CA file that signed the server''s certificate (TLS is then required)')
            [CompletionResult]::new('--tlsfirst', '--tlsfirst', [CompletionResultType]::ParameterName, 'Start TLS before the server''s INFO (for servers with handshake_first)')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'natsx;pub' {
            [CompletionResult]::new('--count', '--count', [CompletionResultType]::ParameterName, 'Number of messages to publish')
            [CompletionResult]::new('--sleep', '--sleep', [CompletionResultType]::ParameterName, 'Pause between messages (e.g. 100ms)')
            [CompletionResult]::new('-H', '-H ', [CompletionResultType]::ParameterName, 'Header to add, as key:value (repeatable)')
            [CompletionResult]::new('--header', '--header', [CompletionResultType]::ParameterName, 'Header to add, as key:value (repeatable)')
            [CompletionResult]::new('--reply', '--reply', [CompletionResultType]::ParameterName, 'Reply subject to set on the messages')
            [CompletionResult]::new('-s', '-s', [CompletionResultType]::ParameterName, 'NATS server URLs, comma separated [default: the context''s, else nats://127.0.0.1:4222]')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'NATS server URLs, comma separated [default: the context''s, else nats://127.0.0.1:4222]')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'The connection context to use (`natsx context`), instead of the selected one')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'Username or token')
            [CompletionResult]::new('--password', '--password', [CompletionResultType]::ParameterName, 'Password')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'Authentication token')
            [CompletionResult]::new('--creds', '--creds', [CompletionResultType]::ParameterName, 'User credentials file (JWT and seed)')
            [CompletionResult]::new('--nkey', '--nkey', [CompletionResultType]::ParameterName, 'NKey seed file')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Time to wait on connect and on responses (e.g. 5s, 500ms)')
            [CompletionResult]::new('--connection-name', '--connection-name', [CompletionResultType]::ParameterName, 'Name of this connection, as the server shows it')
            [CompletionResult]::new('--tlscert', '--tlscert', [CompletionResultType]::ParameterName, 'TLS client certificate file (with --tlskey)')
            [CompletionResult]::new('--tlskey', '--tlskey', [CompletionResultType]::ParameterName, 'TLS client key file')
            [CompletionResult]::new('--tlsca', '--tlsca', [CompletionResultType]::ParameterName, 'CA file that signed the server''s certificate (TLS is then required)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing on success')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing on success')
            [CompletionResult]::new('--tlsfirst', '--tlsfirst', [CompletionResultType]::ParameterName, 'Start TLS before the server''s INFO (for servers with handshake_first)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'natsx;sub' {
            [CompletionResult]::new('--queue', '--queue', [CompletionResultType]::ParameterName, 'Join this queue group')
            [CompletionResult]::new('--count', '--count', [CompletionResultType]::ParameterName, 'Exit after this many messages')
            [CompletionResult]::new('-s', '-s', [CompletionResultType]::ParameterName, 'NATS server URLs, comma separated [default: the context''s, else nats://127.0.0.1:4222]')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'NATS server URLs, comma separated [default: the context''s, else nats://127.0.0.1:4222]')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'The connection context to use (`natsx context`), instead of the selected one')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'Username or token')
            [CompletionResult]::new('--password', '--password', [CompletionResultType]::ParameterName, 'Password')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'Authentication token')
            [CompletionResult]::new('--creds', '--creds', [CompletionResultType]::ParameterName, 'User credentials file (JWT and seed)')
            [CompletionResult]::new('--nkey', '--nkey', [CompletionResultType]::ParameterName, 'NKey seed file')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Time to wait on connect and on responses (e.g. 5s, 500ms)')
            [CompletionResult]::new('--connection-name', '--connection-name', [CompletionResultType]::ParameterName, 'Name of this connection, as the server shows it')
            [CompletionResult]::new('--tlscert', '--tlscert', [CompletionResultType]::ParameterName, 'TLS client certificate file (with --tlskey)')
            [CompletionResult]::new('--tlskey', '--tlskey', [CompletionResultType]::ParameterName, 'TLS client key file')
            [CompletionResult]::new('--tlsca', '--tlsca', [CompletionResultType]::ParameterName, 'CA file that signed the server''s certificate (TLS is then required)')
            [CompletionResult]::new('--raw', '--raw', [CompletionResultType]::ParameterName, 'Print only message bodies, one per line')
            [CompletionResult]::new('--tlsfirst', '--tlsfirst', [CompletionResultType]::ParameterName, 'Start TLS before the server''s INFO (for servers with handshake_first)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'natsx;req' {
            [CompletionResult]::new('-H', '-H ', [CompletionResultType]::ParameterName, 'Header to add, as key:value (repeatable)')
            [CompletionResult]::new('--header', '--header', [CompletionResultType]::ParameterName, 'Header to add, as key:value (repeatable)')
            [CompletionResult]::new('--replies', '--replies', [CompletionResultType]::ParameterName, 'Wait for this many replies (scatter-gather); 0 collects until the timeout')
            [CompletionResult]::new('--wait', '--wait', [CompletionResultType]::ParameterName, 'How long to wait for replies (overrides --timeout)')
            [CompletionResult]::new('-s', '-s', [CompletionResultType]::ParameterName, 'NATS server URLs, comma separated [default: the context''s, else nats://127.0.0.1:4222]')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'NATS server URLs, comma separated [default: the context''s, else nats://127.0.0.1:4222]')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'The connection context to use (`natsx context`), instead of the selected one')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'Username or token')
            [CompletionResult]::new('--password', '--password', [CompletionResultType]::ParameterName, 'Password')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'Authentication token')
            [CompletionResult]::new('--creds', '--creds', [CompletionResultType]::ParameterName, 'User credentials file (JWT and seed)')
            [CompletionResult]::new('--nkey', '--nkey', [CompletionResultType]::ParameterName, 'NKey seed file')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Time to wait on connect and on responses (e.g. 5s, 500ms)')
            [CompletionResult]::new('--connection-name', '--connection-name', [CompletionResultType]::ParameterName, 'Name of this connection, as the server shows it')
            [CompletionResult]::new('--tlscert', '--tlscert', [CompletionResultType]::ParameterName, 'TLS client certificate file (with --tlskey)')
            [CompletionResult]::new('--tlskey', '--tlskey', [CompletionResultType]::ParameterName, 'TLS client key file')
            [CompletionResult]::new('--tlsca', '--tlsca', [CompletionResultType]::ParameterName, 'CA file that signed the server''s certificate (TLS is then required)')
            [CompletionResult]::new('--raw', '--raw', [CompletionResultType]::ParameterName, 'Print only reply bodies')
            [CompletionResult]::new('--tlsfirst', '--tlsfirst', [CompletionResultType]::ParameterName, 'Start TLS before the server''s INFO (for servers with handshake_first)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'natsx;reply' {
            [CompletionResult]::new('--queue', '--queue', [CompletionResultType]::ParameterName, 'Queue group to join, so several responders share the load')
            [CompletionResult]::new('--command', '--command', [CompletionResultType]::ParameterName, 'Run this shell command per request (request body on its stdin) and reply with its output')
            [CompletionResult]::new('--count', '--count', [CompletionResultType]::ParameterName, 'Exit after answering this many requests')
            [CompletionResult]::new('-s', '-s', [CompletionResultType]::ParameterName, 'NATS server URLs, comma separated [default: the context''s, else nats://127.0.0.1:4222]')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'NATS server URLs, comma separated [default: the context''s, else nats://127.0.0.1:4222]')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'The connection context to use (`natsx context`), instead of the selected one')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'Username or token')
            [CompletionResult]::new('--password', '--password', [CompletionResultType]::ParameterName, 'Password')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'Authentication token')
            [CompletionResult]::new('--creds', '--creds', [CompletionResultType]::ParameterName, 'User credentials file (JWT and seed)')
            [CompletionResult]::new('--nkey', '--nkey', [CompletionResultType]::ParameterName, 'NKey seed file')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Time to wait on connect and on responses (e.g. 5s, 500ms)')
            [CompletionResult]::new('--connection-name', '--connection-name', [CompletionResultType]::ParameterName, 'Name of this connection, as the server shows it')
            [CompletionResult]::new('--tlscert', '--tlscert', [CompletionResultType]::ParameterName, 'TLS client certificate file (with --tlskey)')
            [CompletionResult]::new('--tlskey', '--tlskey', [CompletionResultType]::ParameterName, 'TLS client key file')
            [CompletionResult]::new('--tlsca', '--tlsca', [CompletionResultType]::ParameterName, 'CA file that signed the server''s certificate (TLS is then required)')
            [CompletionResult]::new('--echo', '--echo', [CompletionResultType]::ParameterName, 'Reply with the request itself (body and headers)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing per request')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing per request')
            [CompletionResult]::new('--tlsfirst', '--tlsfirst', [CompletionResultType]::ParameterName, 'Start TLS before the server''s INFO (for servers with handshake_first)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'natsx;bench' {
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--csv', '--csv', [CompletionResultType]::ParameterName, 'Also write the results as CSV to this file (as `nats bench --csv FILE`)')
            [CompletionResult]::new('--client', '--client', [CompletionResultType]::ParameterName, 'Client for the throughput modes: `wire` is a lean protocol-level load generator (so the server, not the client, is measured); `async-nats` the official client')
            [CompletionResult]::new('-s', '-s', [CompletionResultType]::ParameterName, 'NATS server URLs, comma separated [default: the context''s, else nats://127.0.0.1:4222]')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'NATS server URLs, comma separated [default: the context''s, else nats://127.0.0.1:4222]')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'The connection context to use (`natsx context`), instead of the selected one')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'Username or token')
            [CompletionResult]::new('--password', '--password', [CompletionResultType]::ParameterName, 'Password')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'Authentication token')
            [CompletionResult]::new('--creds', '--creds', [CompletionResultType]::ParameterName, 'User credentials file (JWT and seed)')
            [CompletionResult]::new('--nkey', '--nkey', [CompletionResultType]::ParameterName, 'NKey seed file')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Time to wait on connect and on responses (e.g. 5s, 500ms)')
            [CompletionResult]::new('--connection-name', '--connection-name', [CompletionResultType]::ParameterName, 'Name of this connection, as the server shows it')
            [CompletionResult]::new('--tlscert', '--tlscert', [CompletionResultType]::ParameterName, 'TLS client certificate file (with --tlskey)')
            [CompletionResult]::new('--tlskey', '--tlskey', [CompletionResultType]::ParameterName, 'TLS client key file')
            [CompletionResult]::new('--tlsca', '--tlsca', [CompletionResultType]::ParameterName, 'CA file that signed the server''s certificate (TLS is then required)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Shorthand for --format json')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'No progress bar (it is also off when stderr is not a terminal)')
            [CompletionResult]::new('--tlsfirst', '--tlsfirst', [CompletionResultType]::ParameterName, 'Start TLS before the server''s INFO (for servers with handshake_first)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('pub', 'pub', [CompletionResultType]::ParameterValue, 'Publish messages and measure the publish rate')
            [CompletionResult]::new('sub', 'sub', [CompletionResultType]::ParameterValue, 'Subscribe and measure the receive rate (start it before `bench pub`)')
            [CompletionResult]::new('pubsub', 'pubsub', [CompletionResultType]::ParameterValue, 'Publishers and subscribers together in one run')
            [CompletionResult]::new('service', 'service', [CompletionResultType]::ParameterValue, 'Request/reply: `serve` answers, `request` measures')
            [CompletionResult]::new('js', 'js', [CompletionResultType]::ParameterValue, 'JetStream: publish with acknowledgements, consume through consumers')
            [CompletionResult]::new('kv', 'kv', [CompletionResultType]::ParameterValue, 'Key-Value: put and get')
            [CompletionResult]::new('obj', 'obj', [CompletionResultType]::ParameterValue, 'Object Store: put and get throughput')
            [CompletionResult]::new('idle', 'idle', [CompletionResultType]::ParameterValue, 'Hold idle connections and subscriptions open (for memory measurements)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'natsx;bench;pub' {
            [CompletionResult]::new('--clients', '--clients', [CompletionResultType]::ParameterName, 'Number of concurrent clients (connections)')
            [CompletionResult]::new('--msgs', '--msgs', [CompletionResultType]::ParameterName, 'Total number of messages, split across the clients')
            [CompletionResult]::new('--size', '--size', [CompletionResultType]::ParameterName, 'Message size (bytes, or with a unit: 1KB, 64KiB, 1MB)')
            [CompletionResult]::new('--duration', '--duration', [CompletionResultType]::ParameterName, 'Run for this long instead of a number of messages')
            [CompletionResult]::new('--sleep', '--sleep', [CompletionResultType]::ParameterName, 'Pause between messages of one client')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--csv', '--csv', [CompletionResultType]::ParameterName, 'Also write the results as CSV to this file (as `nats bench --csv FILE`)')
            [CompletionResult]::new('--client', '--client', [CompletionResultType]::ParameterName, 'Client for the throughput modes: `wire` is a lean protocol-level load generator (so the server, not the client, is measured); `async-nats` the official client')
            [CompletionResult]::new('-s', '-s', [CompletionResultType]::ParameterName, 'NATS server URLs, comma separated [default: the context''s, else nats://127.0.0.1:4222]')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'NATS server URLs, comma separated [default: the context''s, else nats://127.0.0.1:4222]')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'The connection context to use (`natsx context`), instead of the selected one')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'Username or token')
            [CompletionResult]::new('--password', '--password', [CompletionResultType]::ParameterName, 'Password')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'Authentication token')
            [CompletionResult]::new('--creds', '--creds', [CompletionResultType]::ParameterName, 'User credentials file (JWT and seed)')
            [CompletionResult]::new('--nkey', '--nkey', [CompletionResultType]::ParameterName, 'NKey seed file')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Time to wait on connect and on responses (e.g. 5s, 500ms)')
            [CompletionResult]::new('--connection-name', '--connection-name', [CompletionResultType]::ParameterName, 'Name of this connection, as the server shows it')
            [CompletionResult]::new('--tlscert', '--tlscert', [CompletionResultType]::ParameterName, 'TLS client certificate file (with --tlskey)')
            [CompletionResult]::new('--tlskey', '--tlskey', [CompletionResultType]::ParameterName, 'TLS client key file')
            [CompletionResult]::new('--tlsca', '--tlsca', [CompletionResultType]::ParameterName, 'CA file that signed the server''s certificate (TLS is then required)')
            [CompletionResult]::new('--multisubject', '--multisubject', [CompletionResultType]::ParameterName, 'Publish each message on its own subject (`SUBJECT.<n>`); subscribers use `SUBJECT.>`')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Shorthand for --format json')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'No progress bar (it is also off when stderr is not a terminal)')
            [CompletionResult]::new('--tlsfirst', '--tlsfirst', [CompletionResultType]::ParameterName, 'Start TLS before the server''s INFO (for servers with handshake_first)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'natsx;bench;sub' {
            [CompletionResult]::new('--clients', '--clients', [CompletionResultType]::ParameterName, 'Number of concurrent clients (connections)')
            [CompletionResult]::new('--msgs', '--msgs', [CompletionResultType]::ParameterName, 'Total number of messages, split across the clients')
            [CompletionResult]::new('--size', '--size', [CompletionResultType]::ParameterName, 'Message size (bytes, or with a unit: 1KB, 64KiB, 1MB)')
            [CompletionResult]::new('--duration', '--duration', [CompletionResultType]::ParameterName, 'Run for this long instead of a number of messages')
            [CompletionResult]::new('--sleep', '--sleep', [CompletionResultType]::ParameterName, 'Pause between messages of one client')
            [CompletionResult]::new('--queue', '--queue', [CompletionResultType]::ParameterName, 'Join this queue group')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--csv', '--csv', [CompletionResultType]::ParameterName, 'Also write the results as CSV to this file (as `nats bench --csv FILE`)')
            [CompletionResult]::new('--client', '--client', [CompletionResultType]::ParameterName, 'Client for the throughput modes: `wire` is a lean protocol-level load generator (so the server, not the client, is measured); `async-nats` the official client')
            [CompletionResult]::new('-s', '-s', [CompletionResultType]::ParameterName, 'NATS server URLs, comma separated [default: the context''s, else nats://127.0.0.1:4222]')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'NATS server URLs, comma separated [default: the context''s, else nats://127.0.0.1:4222]')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'The connection context to use (`natsx context`), instead of the selected one')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'Username or token')
            [CompletionResult]::new('--password', '--password', [CompletionResultType]::ParameterName, 'Password')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'Authentication token')
            [CompletionResult]::new('--creds', '--creds', [CompletionResultType]::ParameterName, 'User credentials file (JWT and seed)')
            [CompletionResult]::new('--nkey', '--nkey', [CompletionResultType]::ParameterName, 'NKey seed file')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Time to wait on connect and on responses (e.g. 5s, 500ms)')
            [CompletionResult]::new('--connection-name', '--connection-name', [CompletionResultType]::ParameterName, 'Name of this connection, as the server shows it')
            [CompletionResult]::new('--tlscert', '--tlscert', [CompletionResultType]::ParameterName, 'TLS client certificate file (with --tlskey)')
            [CompletionResult]::new('--tlskey', '--tlskey', [CompletionResultType]::ParameterName, 'TLS client key file')
            [CompletionResult]::new('--tlsca', '--tlsca', [CompletionResultType]::ParameterName, 'CA file that signed the server''s certificate (TLS is then required)')
            [CompletionResult]::new('--multisubject', '--multisubject', [CompletionResultType]::ParameterName, 'Publish each message on its own subject (`SUBJECT.<n>`); subscribers use `SUBJECT.>`')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Shorthand for --format json')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'No progress bar (it is also off when stderr is not a terminal)')
            [CompletionResult]::new('--tlsfirst', '--tlsfirst', [CompletionResultType]::ParameterName, 'Start TLS before the server''s INFO (for servers with handshake_first)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'natsx;bench;pubsub' {
            [CompletionResult]::new('--clients', '--clients', [CompletionResultType]::ParameterName, 'Number of concurrent clients (connections)')
            [CompletionResult]::new('--msgs', '--msgs', [CompletionResultType]::ParameterName, 'Total number of messages, split across the clients')
            [CompletionResult]::new('--size', '--size', [CompletionResultType]::ParameterName, 'Message size (bytes, or with a unit: 1KB, 64KiB, 1MB)')
            [CompletionResult]::new('--duration', '--duration', [CompletionResultType]::ParameterName, 'Run for this long instead of a number of messages')
            [CompletionResult]::new('--sleep', '--sleep', [CompletionResultType]::ParameterName, 'Pause between messages of one client')
            [CompletionResult]::new('--subs', '--subs', [CompletionResultType]::ParameterName, 'Number of subscribers (each gets every message, unless --queue)')
            [CompletionResult]::new('--queue', '--queue', [CompletionResultType]::ParameterName, 'Subscribers form this queue group (each message goes to one of them)')
            [CompletionResult]::new('--sub-server', '--sub-server', [CompletionResultType]::ParameterName, 'Subscribers connect to this server instead (another member of the cluster), so every message crosses a route; publishing starts once the publishers'' server knows of them')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--csv', '--csv', [CompletionResultType]::ParameterName, 'Also write the results as CSV to this file (as `nats bench --csv FILE`)')
            [CompletionResult]::new('--client', '--client', [CompletionResultType]::ParameterName, 'Client for the throughput modes: `wire` is a lean protocol-level load generator (so the server, not the client, is measured); `async-nats` the official client')
            [CompletionResult]::new('-s', '-s', [CompletionResultType]::ParameterName, 'NATS server URLs, comma separated [default: the context''s, else nats://127.0.0.1:4222]')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'NATS server URLs, comma separated [default: the context''s, else nats://127.0.0.1:4222]')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'The connection context to use (`natsx context`), instead of the selected one')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'Username or token')
            [CompletionResult]::new('--password', '--password', [CompletionResultType]::ParameterName, 'Password')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'Authentication token')
            [CompletionResult]::new('--creds', '--creds', [CompletionResultType]::ParameterName, 'User credentials file (JWT and seed)')
            [CompletionResult]::new('--nkey', '--nkey', [CompletionResultType]::ParameterName, 'NKey seed file')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Time to wait on connect and on responses (e.g. 5s, 500ms)')
            [CompletionResult]::new('--connection-name', '--connection-name', [CompletionResultType]::ParameterName, 'Name of this connection, as the server shows it')
            [CompletionResult]::new('--tlscert', '--tlscert', [CompletionResultType]::ParameterName, 'TLS client certificate file (with --tlskey)')
            [CompletionResult]::new('--tlskey', '--tlskey', [CompletionResultType]::ParameterName, 'TLS client key file')
            [CompletionResult]::new('--tlsca', '--tlsca', [CompletionResultType]::ParameterName, 'CA file that signed the server''s certificate (TLS is then required)')
            [CompletionResult]::new('--multisubject', '--multisubject', [CompletionResultType]::ParameterName, 'Publish each message on its own subject (`SUBJECT.<n>`); subscribers use `SUBJECT.>`')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Shorthand for --format json')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'No progress bar (it is also off when stderr is not a terminal)')
            [CompletionResult]::new('--tlsfirst', '--tlsfirst', [CompletionResultType]::ParameterName, 'Start TLS before the server''s INFO (for servers with handshake_first)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'natsx;bench;service' {
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--csv', '--csv', [CompletionResultType]::ParameterName, 'Also write the results as CSV to this file (as `nats bench --csv FILE`)')
            [CompletionResult]::new('--client', '--client', [CompletionResultType]::ParameterName, 'Client for the throughput modes: `wire` is a lean protocol-level load generator (so the server, not the client, is measured); `async-nats` the official client')
            [CompletionResult]::new('-s', '-s', [CompletionResultType]::ParameterName, 'NATS server URLs, comma separated [default: the context''s, else nats://127.0.0.1:4222]')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'NATS server URLs, comma separated [default: the context''s, else nats://127.0.0.1:4222]')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'The connection context to use (`natsx context`), instead of the selected one')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'Username or token')
            [CompletionResult]::new('--password', '--password', [CompletionResultType]::ParameterName, 'Password')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'Authentication token')
            [CompletionResult]::new('--creds', '--creds', [CompletionResultType]::ParameterName, 'User credentials file (JWT and seed)')
            [CompletionResult]::new('--nkey', '--nkey', [CompletionResultType]::ParameterName, 'NKey seed file')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Time to wait on connect and on responses (e.g. 5s, 500ms)')
            [CompletionResult]::new('--connection-name', '--connection-name', [CompletionResultType]::ParameterName, 'Name of this connection, as the server shows it')
            [CompletionResult]::new('--tlscert', '--tlscert', [CompletionResultType]::ParameterName, 'TLS client certificate file (with --tlskey)')
            [CompletionResult]::new('--tlskey', '--tlskey', [CompletionResultType]::ParameterName, 'TLS client key file')
            [CompletionResult]::new('--tlsca', '--tlsca', [CompletionResultType]::ParameterName, 'CA file that signed the server''s certificate (TLS is then required)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Shorthand for --format json')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'No progress bar (it is also off when stderr is not a terminal)')
            [CompletionResult]::new('--tlsfirst', '--tlsfirst', [CompletionResultType]::ParameterName, 'Start TLS before the server''s INFO (for servers with handshake_first)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('serve', 'serve', [CompletionResultType]::ParameterValue, 'Answer requests with a reply of --size bytes until stopped')
            [CompletionResult]::new('request', 'request', [CompletionResultType]::ParameterValue, 'Send requests and measure round-trip latency and throughput')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'natsx;bench;service;serve' {
            [CompletionResult]::new('--clients', '--clients', [CompletionResultType]::ParameterName, 'Number of responders (one connection each, in one queue group)')
            [CompletionResult]::new('--size', '--size', [CompletionResultType]::ParameterName, 'Reply size (bytes, or with a unit: 1KB)')
            [CompletionResult]::new('--queue', '--queue', [CompletionResultType]::ParameterName, 'Queue group of the responders')
            [CompletionResult]::new('--duration', '--duration', [CompletionResultType]::ParameterName, 'Stop after this long (default: until interrupted)')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--csv', '--csv', [CompletionResultType]::ParameterName, 'Also write the results as CSV to this file (as `nats bench --csv FILE`)')
            [CompletionResult]::new('--client', '--client', [CompletionResultType]::ParameterName, 'Client for the throughput modes: `wire` is a lean protocol-level load generator (so the server, not the client, is measured); `async-nats` the official client')
            [CompletionResult]::new('-s', '-s', [CompletionResultType]::ParameterName, 'NATS server URLs, comma separated [default: the context''s, else nats://127.0.0.1:4222]')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'NATS server URLs, comma separated [default: the context''s, else nats://127.0.0.1:4222]')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'The connection context to use (`natsx context`), instead of the selected one')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'Username or token')
            [CompletionResult]::new('--password', '--password', [CompletionResultType]::ParameterName, 'Password')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'Authentication token')
            [CompletionResult]::new('--creds', '--creds', [CompletionResultType]::ParameterName, 'User credentials file (JWT and seed)')
            [CompletionResult]::new('--nkey', '--nkey', [CompletionResultType]::ParameterName, 'NKey seed file')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Time to wait on connect and on responses (e.g. 5s, 500ms)')
            [CompletionResult]::new('--connection-name', '--connection-name', [CompletionResultType]::ParameterName, 'Name of this connection, as the server shows it')
            [CompletionResult]::new('--tlscert', '--tlscert', [CompletionResultType]::ParameterName, 'TLS client certificate file (with --tlskey)')
            [CompletionResult]::new('--tlskey', '--tlskey', [CompletionResultType]::ParameterName, 'TLS client key file')
            [CompletionResult]::new('--tlsca', '--tlsca', [CompletionResultType]::ParameterName, 'CA file that signed the server''s certificate (TLS is then required)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Shorthand for --format json')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'No progress bar (it is also off when stderr is not a terminal)')
            [CompletionResult]::new('--tlsfirst', '--tlsfirst', [CompletionResultType]::ParameterName, 'Start TLS before the server''s INFO (for servers with handshake_first)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'natsx;bench;service;request' {
            [CompletionResult]::new('--clients', '--clients', [CompletionResultType]::ParameterName, 'Number of concurrent clients (connections)')
            [CompletionResult]::new('--msgs', '--msgs', [CompletionResultType]::ParameterName, 'Total number of messages, split across the clients')
            [CompletionResult]::new('--size', '--size', [CompletionResultType]::ParameterName, 'Message size (bytes, or with a unit: 1KB, 64KiB, 1MB)')
            [CompletionResult]::new('--duration', '--duration', [CompletionResultType]::ParameterName, 'Run for this long instead of a number of messages')
            [CompletionResult]::new('--sleep', '--sleep', [CompletionResultType]::ParameterName, 'Pause between messages of one client')
            [CompletionResult]::new('--rate', '--rate', [CompletionResultType]::ParameterName, 'Offered load in requests per second across all clients (open loop); without it each client waits for each reply before the next request')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--csv', '--csv', [CompletionResultType]::ParameterName, 'Also write the results as CSV to this file (as `nats bench --csv FILE`)')
            [CompletionResult]::new('--client', '--client', [CompletionResultType]::ParameterName, 'Client for the throughput modes: `wire` is a lean protocol-level load generator (so the server, not the client, is measured); `async-nats` the official client')
            [CompletionResult]::new('-s', '-s', [CompletionResultType]::ParameterName, 'NATS server URLs, comma separated [default: the context''s, else nats://127.0.0.1:4222]')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'NATS server URLs, comma separated [default: the context''s, else nats://127.0.0.1:4222]')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'The connection context to use (`natsx context`), instead of the selected one')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'Username or token')
            [CompletionResult]::new('--password', '--password', [CompletionResultType]::ParameterName, 'Password')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'Authentication token')
            [CompletionResult]::new('--creds', '--creds', [CompletionResultType]::ParameterName, 'User credentials file (JWT and seed)')
            [CompletionResult]::new('--nkey', '--nkey', [CompletionResultType]::ParameterName, 'NKey seed file')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Time to wait on connect and on responses (e.g. 5s, 500ms)')
            [CompletionResult]::new('--connection-name', '--connection-name', [CompletionResultType]::ParameterName, 'Name of this connection, as the server shows it')
            [CompletionResult]::new('--tlscert', '--tlscert', [CompletionResultType]::ParameterName, 'TLS client certificate file (with --tlskey)')
            [CompletionResult]::new('--tlskey', '--tlskey', [CompletionResultType]::ParameterName, 'TLS client key file')
            [CompletionResult]::new('--tlsca', '--tlsca', [CompletionResultType]::ParameterName, 'CA file that signed the server''s certificate (TLS is then required)')
            [CompletionResult]::new('--multisubject', '--multisubject', [CompletionResultType]::ParameterName, 'Publish each message on its own subject (`SUBJECT.<n>`); subscribers use `SUBJECT.>`')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Shorthand for --format json')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'No progress bar (it is also off when stderr is not a terminal)')
            [CompletionResult]::new('--tlsfirst', '--tlsfirst', [CompletionResultType]::ParameterName, 'Start TLS before the server''s INFO (for servers with handshake_first)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'natsx;bench;service;help' {
            [CompletionResult]::new('serve', 'serve', [CompletionResultType]::ParameterValue, 'Answer requests with a reply of --size bytes until stopped')
            [CompletionResult]::new('request', 'request', [CompletionResultType]::ParameterValue, 'Send requests and measure round-trip latency and throughput')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'natsx;bench;service;help;serve' {
            break
        }
        'natsx;bench;service;help;request' {
            break
        }
        'natsx;bench;service;help;help' {
            break
        }
        'natsx;bench;js' {
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--csv', '--csv', [CompletionResultType]::ParameterName, 'Also write the results as CSV to this file (as `nats bench --csv FILE`)')
            [CompletionResult]::new('--client', '--client', [CompletionResultType]::ParameterName, 'Client for the throughput modes: `wire` is a lean protocol-level load generator (so the server, not the client, is measured); `async-nats` the official client')
            [CompletionResult]::new('-s', '-s', [CompletionResultType]::ParameterName, 'NATS server URLs, comma separated [default: the context''s, else nats://127.0.0.1:4222]')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'NATS server URLs, comma separated [default: the context''s, else nats://127.0.0.1:4222]')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'The connection context to use (`natsx context`), instead of the selected one')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'Username or token')
            [CompletionResult]::new('--password', '--password', [CompletionResultType]::ParameterName, 'Password')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'Authentication token')
            [CompletionResult]::new('--creds', '--creds', [CompletionResultType]::ParameterName, 'User credentials file (JWT and seed)')
            [CompletionResult]::new('--nkey', '--nkey', [CompletionResultType]::ParameterName, 'NKey seed file')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Time to wait on connect and on responses (e.g. 5s, 500ms)')
            [CompletionResult]::new('--connection-name', '--connection-name', [CompletionResultType]::ParameterName, 'Name of this connection, as the server shows it')
            [CompletionResult]::new('--tlscert', '--tlscert', [CompletionResultType]::ParameterName, 'TLS client certificate file (with --tlskey)')
            [CompletionResult]::new('--tlskey', '--tlskey', [CompletionResultType]::ParameterName, 'TLS client key file')
            [CompletionResult]::new('--tlsca', '--tlsca', [CompletionResultType]::ParameterName, 'CA file that signed the server''s certificate (TLS is then required)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Shorthand for --format json')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'No progress bar (it is also off when stderr is not a terminal)')
            [CompletionResult]::new('--tlsfirst', '--tlsfirst', [CompletionResultType]::ParameterName, 'Start TLS before the server''s INFO (for servers with handshake_first)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('pub', 'pub', [CompletionResultType]::ParameterValue, 'Publish to a stream and wait for the acknowledgements')
            [CompletionResult]::new('consume', 'consume', [CompletionResultType]::ParameterValue, 'Consume a stream through a pull or push consumer, acknowledging each message')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'natsx;bench;js;pub' {
            [CompletionResult]::new('--stream', '--stream', [CompletionResultType]::ParameterName, 'Stream name')
            [CompletionResult]::new('--storage', '--storage', [CompletionResultType]::ParameterName, 'Storage of the stream: file or memory')
            [CompletionResult]::new('--window', '--window', [CompletionResultType]::ParameterName, 'Acknowledgements outstanding per client (1: synchronous publishing); `--batch` is the `nats bench js pub` spelling')
            [CompletionResult]::new('--clients', '--clients', [CompletionResultType]::ParameterName, 'Number of concurrent clients')
            [CompletionResult]::new('--msgs', '--msgs', [CompletionResultType]::ParameterName, 'Total number of messages')
            [CompletionResult]::new('--size', '--size', [CompletionResultType]::ParameterName, 'Message size (bytes, or with a unit: 1KB)')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--csv', '--csv', [CompletionResultType]::ParameterName, 'Also write the results as CSV to this file (as `nats bench --csv FILE`)')
            [CompletionResult]::new('--client', '--client', [CompletionResultType]::ParameterName, 'Client for the throughput modes: `wire` is a lean protocol-level load generator (so the server, not the client, is measured); `async-nats` the official client')
            [CompletionResult]::new('-s', '-s', [CompletionResultType]::ParameterName, 'NATS server URLs, comma separated [default: the context''s, else nats://127.0.0.1:4222]')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'NATS server URLs, comma separated [default: the context''s, else nats://127.0.0.1:4222]')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'The connection context to use (`natsx context`), instead of the selected one')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'Username or token')
            [CompletionResult]::new('--password', '--password', [CompletionResultType]::ParameterName, 'Password')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'Authentication token')
            [CompletionResult]::new('--creds', '--creds', [CompletionResultType]::ParameterName, 'User credentials file (JWT and seed)')
            [CompletionResult]::new('--nkey', '--nkey', [CompletionResultType]::ParameterName, 'NKey seed file')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Time to wait on connect and on responses (e.g. 5s, 500ms)')
            [CompletionResult]::new('--connection-name', '--connection-name', [CompletionResultType]::ParameterName, 'Name of this connection, as the server shows it')
            [CompletionResult]::new('--tlscert', '--tlscert', [CompletionResultType]::ParameterName, 'TLS client certificate file (with --tlskey)')
            [CompletionResult]::new('--tlskey', '--tlskey', [CompletionResultType]::ParameterName, 'TLS client key file')
            [CompletionResult]::new('--tlsca', '--tlsca', [CompletionResultType]::ParameterName, 'CA file that signed the server''s certificate (TLS is then required)')
            [CompletionResult]::new('--keep', '--keep', [CompletionResultType]::ParameterName, 'Keep an existing stream (default: delete and recreate it)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Shorthand for --format json')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'No progress bar (it is also off when stderr is not a terminal)')
            [CompletionResult]::new('--tlsfirst', '--tlsfirst', [CompletionResultType]::ParameterName, 'Start TLS before the server''s INFO (for servers with handshake_first)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'natsx;bench;js;consume' {
            [CompletionResult]::new('--stream', '--stream', [CompletionResultType]::ParameterName, 'Stream name')
            [CompletionResult]::new('--kind', '--kind', [CompletionResultType]::ParameterName, 'pull or push')
            [CompletionResult]::new('--batch', '--batch', [CompletionResultType]::ParameterName, 'Messages per pull request')
            [CompletionResult]::new('--msgs', '--msgs', [CompletionResultType]::ParameterName, 'Number of messages to consume')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--csv', '--csv', [CompletionResultType]::ParameterName, 'Also write the results as CSV to this file (as `nats bench --csv FILE`)')
            [CompletionResult]::new('--client', '--client', [CompletionResultType]::ParameterName, 'Client for the throughput modes: `wire` is a lean protocol-level load generator (so the server, not the client, is measured); `async-nats` the official client')
            [CompletionResult]::new('-s', '-s', [CompletionResultType]::ParameterName, 'NATS server URLs, comma separated [default: the context''s, else nats://127.0.0.1:4222]')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'NATS server URLs, comma separated [default: the context''s, else nats://127.0.0.1:4222]')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'The connection context to use (`natsx context`), instead of the selected one')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'Username or token')
            [CompletionResult]::new('--password', '--password', [CompletionResultType]::ParameterName, 'Password')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'Authentication token')
            [CompletionResult]::new('--creds', '--creds', [CompletionResultType]::ParameterName, 'User credentials file (JWT and seed)')
            [CompletionResult]::new('--nkey', '--nkey', [CompletionResultType]::ParameterName, 'NKey seed file')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Time to wait on connect and on responses (e.g. 5s, 500ms)')
            [CompletionResult]::new('--connection-name', '--connection-name', [CompletionResultType]::ParameterName, 'Name of this connection, as the server shows it')
            [CompletionResult]::new('--tlscert', '--tlscert', [CompletionResultType]::ParameterName, 'TLS client certificate file (with --tlskey)')
            [CompletionResult]::new('--tlskey', '--tlskey', [CompletionResultType]::ParameterName, 'TLS client key file')
            [CompletionResult]::new('--tlsca', '--tlsca', [CompletionResultType]::ParameterName, 'CA file that signed the server''s certificate (TLS is then required)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Shorthand for --format json')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'No progress bar (it is also off when stderr is not a terminal)')
            [CompletionResult]::new('--tlsfirst', '--tlsfirst', [CompletionResultType]::ParameterName, 'Start TLS before the server''s INFO (for servers with handshake_first)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'natsx;bench;js;help' {
            [CompletionResult]::new('pub', 'pub', [CompletionResultType]::ParameterValue, 'Publish to a stream and wait for the acknowledgements')
            [CompletionResult]::new('consume', 'consume', [CompletionResultType]::ParameterValue, 'Consume a stream through a pull or push consumer, acknowledging each message')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'natsx;bench;js;help;pub' {
            break
        }
        'natsx;bench;js;help;consume' {
            break
        }
        'natsx;bench;js;help;help' {
            break
        }
        'natsx;bench;kv' {
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--csv', '--csv', [CompletionResultType]::ParameterName, 'Also write the results as CSV to this file (as `nats bench --csv FILE`)')
            [CompletionResult]::new('--client', '--client', [CompletionResultType]::ParameterName, 'Client for the throughput modes: `wire` is a lean protocol-level load generator (so the server, not the client, is measured); `async-nats` the official client')
            [CompletionResult]::new('-s', '-s', [CompletionResultType]::ParameterName, 'NATS server URLs, comma separated [default: the context''s, else nats://127.0.0.1:4222]')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'NATS server URLs, comma separated [default: the context''s, else nats://127.0.0.1:4222]')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'The connection context to use (`natsx context`), instead of the selected one')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'Username or token')
            [CompletionResult]::new('--password', '--password', [CompletionResultType]::ParameterName, 'Password')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'Authentication token')
            [CompletionResult]::new('--creds', '--creds', [CompletionResultType]::ParameterName, 'User credentials file (JWT and seed)')
            [CompletionResult]::new('--nkey', '--nkey', [CompletionResultType]::ParameterName, 'NKey seed file')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Time to wait on connect and on responses (e.g. 5s, 500ms)')
            [CompletionResult]::new('--connection-name', '--connection-name', [CompletionResultType]::ParameterName, 'Name of this connection, as the server shows it')
            [CompletionResult]::new('--tlscert', '--tlscert', [CompletionResultType]::ParameterName, 'TLS client certificate file (with --tlskey)')
            [CompletionResult]::new('--tlskey', '--tlskey', [CompletionResultType]::ParameterName, 'TLS client key file')
            [CompletionResult]::new('--tlsca', '--tlsca', [CompletionResultType]::ParameterName, 'CA file that signed the server''s certificate (TLS is then required)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Shorthand for --format json')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'No progress bar (it is also off when stderr is not a terminal)')
            [CompletionResult]::new('--tlsfirst', '--tlsfirst', [CompletionResultType]::ParameterName, 'Start TLS before the server''s INFO (for servers with handshake_first)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('put', 'put', [CompletionResultType]::ParameterValue, 'Put values (each put waits for its revision)')
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Get values written by `bench kv put`')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'natsx;bench;kv;put' {
            [CompletionResult]::new('--bucket', '--bucket', [CompletionResultType]::ParameterName, 'Bucket name')
            [CompletionResult]::new('--msgs', '--msgs', [CompletionResultType]::ParameterName, 'Number of operations, split across the clients')
            [CompletionResult]::new('--size', '--size', [CompletionResultType]::ParameterName, 'Value size (bytes, or with a unit: 1KB)')
            [CompletionResult]::new('--keys', '--keys', [CompletionResultType]::ParameterName, 'Number of distinct keys')
            [CompletionResult]::new('--clients', '--clients', [CompletionResultType]::ParameterName, 'Concurrent clients')
            [CompletionResult]::new('--storage', '--storage', [CompletionResultType]::ParameterName, 'Storage of a new bucket: file or memory')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--csv', '--csv', [CompletionResultType]::ParameterName, 'Also write the results as CSV to this file (as `nats bench --csv FILE`)')
            [CompletionResult]::new('--client', '--client', [CompletionResultType]::ParameterName, 'Client for the throughput modes: `wire` is a lean protocol-level load generator (so the server, not the client, is measured); `async-nats` the official client')
            [CompletionResult]::new('-s', '-s', [CompletionResultType]::ParameterName, 'NATS server URLs, comma separated [default: the context''s, else nats://127.0.0.1:4222]')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'NATS server URLs, comma separated [default: the context''s, else nats://127.0.0.1:4222]')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'The connection context to use (`natsx context`), instead of the selected one')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'Username or token')
            [CompletionResult]::new('--password', '--password', [CompletionResultType]::ParameterName, 'Password')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'Authentication token')
            [CompletionResult]::new('--creds', '--creds', [CompletionResultType]::ParameterName, 'User credentials file (JWT and seed)')
            [CompletionResult]::new('--nkey', '--nkey', [CompletionResultType]::ParameterName, 'NKey seed file')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Time to wait on connect and on responses (e.g. 5s, 500ms)')
            [CompletionResult]::new('--connection-name', '--connection-name', [CompletionResultType]::ParameterName, 'Name of this connection, as the server shows it')
            [CompletionResult]::new('--tlscert', '--tlscert', [CompletionResultType]::ParameterName, 'TLS client certificate file (with --tlskey)')
            [CompletionResult]::new('--tlskey', '--tlskey', [CompletionResultType]::ParameterName, 'TLS client key file')
            [CompletionResult]::new('--tlsca', '--tlsca', [CompletionResultType]::ParameterName, 'CA file that signed the server''s certificate (TLS is then required)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Shorthand for --format json')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'No progress bar (it is also off when stderr is not a terminal)')
            [CompletionResult]::new('--tlsfirst', '--tlsfirst', [CompletionResultType]::ParameterName, 'Start TLS before the server''s INFO (for servers with handshake_first)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'natsx;bench;kv;get' {
            [CompletionResult]::new('--bucket', '--bucket', [CompletionResultType]::ParameterName, 'Bucket name')
            [CompletionResult]::new('--msgs', '--msgs', [CompletionResultType]::ParameterName, 'Number of operations, split across the clients')
            [CompletionResult]::new('--size', '--size', [CompletionResultType]::ParameterName, 'Value size (bytes, or with a unit: 1KB)')
            [CompletionResult]::new('--keys', '--keys', [CompletionResultType]::ParameterName, 'Number of distinct keys')
            [CompletionResult]::new('--clients', '--clients', [CompletionResultType]::ParameterName, 'Concurrent clients')
            [CompletionResult]::new('--storage', '--storage', [CompletionResultType]::ParameterName, 'Storage of a new bucket: file or memory')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--csv', '--csv', [CompletionResultType]::ParameterName, 'Also write the results as CSV to this file (as `nats bench --csv FILE`)')
            [CompletionResult]::new('--client', '--client', [CompletionResultType]::ParameterName, 'Client for the throughput modes: `wire` is a lean protocol-level load generator (so the server, not the client, is measured); `async-nats` the official client')
            [CompletionResult]::new('-s', '-s', [CompletionResultType]::ParameterName, 'NATS server URLs, comma separated [default: the context''s, else nats://127.0.0.1:4222]')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'NATS server URLs, comma separated [default: the context''s, else nats://127.0.0.1:4222]')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'The connection context to use (`natsx context`), instead of the selected one')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'Username or token')
            [CompletionResult]::new('--password', '--password', [CompletionResultType]::ParameterName, 'Password')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'Authentication token')
            [CompletionResult]::new('--creds', '--creds', [CompletionResultType]::ParameterName, 'User credentials file (JWT and seed)')
            [CompletionResult]::new('--nkey', '--nkey', [CompletionResultType]::ParameterName, 'NKey seed file')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Time to wait on connect and on responses (e.g. 5s, 500ms)')
            [CompletionResult]::new('--connection-name', '--connection-name', [CompletionResultType]::ParameterName, 'Name of this connection, as the server shows it')
            [CompletionResult]::new('--tlscert', '--tlscert', [CompletionResultType]::ParameterName, 'TLS client certificate file (with --tlskey)')
            [CompletionResult]::new('--tlskey', '--tlskey', [CompletionResultType]::ParameterName, 'TLS client key file')
            [CompletionResult]::new('--tlsca', '--tlsca', [CompletionResultType]::ParameterName, 'CA file that signed the server''s certificate (TLS is then required)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Shorthand for --format json')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'No progress bar (it is also off when stderr is not a terminal)')
            [CompletionResult]::new('--tlsfirst', '--tlsfirst', [CompletionResultType]::ParameterName, 'Start TLS before the server''s INFO (for servers with handshake_first)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'natsx;bench;kv;help' {
            [CompletionResult]::new('put', 'put', [CompletionResultType]::ParameterValue, 'Put values (each put waits for its revision)')
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Get values written by `bench kv put`')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'natsx;bench;kv;help;put' {
            break
        }
        'natsx;bench;kv;help;get' {
            break
        }
        'natsx;bench;kv;help;help' {
            break
        }
        'natsx;bench;obj' {
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--csv', '--csv', [CompletionResultType]::ParameterName, 'Also write the results as CSV to this file (as `nats bench --csv FILE`)')
            [CompletionResult]::new('--client', '--client', [CompletionResultType]::ParameterName, 'Client for the throughput modes: `wire` is a lean protocol-level load generator (so the server, not the client, is measured); `async-nats` the official client')
            [CompletionResult]::new('-s', '-s', [CompletionResultType]::ParameterName, 'NATS server URLs, comma separated [default: the context''s, else nats://127.0.0.1:4222]')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'NATS server URLs, comma separated [default: the context''s, else nats://127.0.0.1:4222]')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'The connection context to use (`natsx context`), instead of the selected one')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'Username or token')
            [CompletionResult]::new('--password', '--password', [CompletionResultType]::ParameterName, 'Password')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'Authentication token')
            [CompletionResult]::new('--creds', '--creds', [CompletionResultType]::ParameterName, 'User credentials file (JWT and seed)')
            [CompletionResult]::new('--nkey', '--nkey', [CompletionResultType]::ParameterName, 'NKey seed file')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Time to wait on connect and on responses (e.g. 5s, 500ms)')
            [CompletionResult]::new('--connection-name', '--connection-name', [CompletionResultType]::ParameterName, 'Name of this connection, as the server shows it')
            [CompletionResult]::new('--tlscert', '--tlscert', [CompletionResultType]::ParameterName, 'TLS client certificate file (with --tlskey)')
            [CompletionResult]::new('--tlskey', '--tlskey', [CompletionResultType]::ParameterName, 'TLS client key file')
            [CompletionResult]::new('--tlsca', '--tlsca', [CompletionResultType]::ParameterName, 'CA file that signed the server''s certificate (TLS is then required)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Shorthand for --format json')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'No progress bar (it is also off when stderr is not a terminal)')
            [CompletionResult]::new('--tlsfirst', '--tlsfirst', [CompletionResultType]::ParameterName, 'Start TLS before the server''s INFO (for servers with handshake_first)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('put', 'put', [CompletionResultType]::ParameterValue, 'Upload objects and measure MB/s')
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Download the objects `bench obj put` stored')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'natsx;bench;obj;put' {
            [CompletionResult]::new('--bucket', '--bucket', [CompletionResultType]::ParameterName, 'Bucket name')
            [CompletionResult]::new('--size', '--size', [CompletionResultType]::ParameterName, 'Object size (bytes, or with a unit: 64MB; at most 1GiB)')
            [CompletionResult]::new('--count', '--count', [CompletionResultType]::ParameterName, 'How many objects')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--csv', '--csv', [CompletionResultType]::ParameterName, 'Also write the results as CSV to this file (as `nats bench --csv FILE`)')
            [CompletionResult]::new('--client', '--client', [CompletionResultType]::ParameterName, 'Client for the throughput modes: `wire` is a lean protocol-level load generator (so the server, not the client, is measured); `async-nats` the official client')
            [CompletionResult]::new('-s', '-s', [CompletionResultType]::ParameterName, 'NATS server URLs, comma separated [default: the context''s, else nats://127.0.0.1:4222]')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'NATS server URLs, comma separated [default: the context''s, else nats://127.0.0.1:4222]')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'The connection context to use (`natsx context`), instead of the selected one')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'Username or token')
            [CompletionResult]::new('--password', '--password', [CompletionResultType]::ParameterName, 'Password')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'Authentication token')
            [CompletionResult]::new('--creds', '--creds', [CompletionResultType]::ParameterName, 'User credentials file (JWT and seed)')
            [CompletionResult]::new('--nkey', '--nkey', [CompletionResultType]::ParameterName, 'NKey seed file')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Time to wait on connect and on responses (e.g. 5s, 500ms)')
            [CompletionResult]::new('--connection-name', '--connection-name', [CompletionResultType]::ParameterName, 'Name of this connection, as the server shows it')
            [CompletionResult]::new('--tlscert', '--tlscert', [CompletionResultType]::ParameterName, 'TLS client certificate file (with --tlskey)')
            [CompletionResult]::new('--tlskey', '--tlskey', [CompletionResultType]::ParameterName, 'TLS client key file')
            [CompletionResult]::new('--tlsca', '--tlsca', [CompletionResultType]::ParameterName, 'CA file that signed the server''s certificate (TLS is then required)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Shorthand for --format json')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'No progress bar (it is also off when stderr is not a terminal)')
            [CompletionResult]::new('--tlsfirst', '--tlsfirst', [CompletionResultType]::ParameterName, 'Start TLS before the server''s INFO (for servers with handshake_first)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'natsx;bench;obj;get' {
            [CompletionResult]::new('--bucket', '--bucket', [CompletionResultType]::ParameterName, 'Bucket name')
            [CompletionResult]::new('--size', '--size', [CompletionResultType]::ParameterName, 'Object size (bytes, or with a unit: 64MB; at most 1GiB)')
            [CompletionResult]::new('--count', '--count', [CompletionResultType]::ParameterName, 'How many objects')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--csv', '--csv', [CompletionResultType]::ParameterName, 'Also write the results as CSV to this file (as `nats bench --csv FILE`)')
            [CompletionResult]::new('--client', '--client', [CompletionResultType]::ParameterName, 'Client for the throughput modes: `wire` is a lean protocol-level load generator (so the server, not the client, is measured); `async-nats` the official client')
            [CompletionResult]::new('-s', '-s', [CompletionResultType]::ParameterName, 'NATS server URLs, comma separated [default: the context''s, else nats://127.0.0.1:4222]')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'NATS server URLs, comma separated [default: the context''s, else nats://127.0.0.1:4222]')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'The connection context to use (`natsx context`), instead of the selected one')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'Username or token')
            [CompletionResult]::new('--password', '--password', [CompletionResultType]::ParameterName, 'Password')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'Authentication token')
            [CompletionResult]::new('--creds', '--creds', [CompletionResultType]::ParameterName, 'User credentials file (JWT and seed)')
            [CompletionResult]::new('--nkey', '--nkey', [CompletionResultType]::ParameterName, 'NKey seed file')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Time to wait on connect and on responses (e.g. 5s, 500ms)')
            [CompletionResult]::new('--connection-name', '--connection-name', [CompletionResultType]::ParameterName, 'Name of this connection, as the server shows it')
            [CompletionResult]::new('--tlscert', '--tlscert', [CompletionResultType]::ParameterName, 'TLS client certificate file (with --tlskey)')
            [CompletionResult]::new('--tlskey', '--tlskey', [CompletionResultType]::ParameterName, 'TLS client key file')
            [CompletionResult]::new('--tlsca', '--tlsca', [CompletionResultType]::ParameterName, 'CA file that signed the server''s certificate (TLS is then required)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Shorthand for --format json')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'No progress bar (it is also off when stderr is not a terminal)')
            [CompletionResult]::new('--tlsfirst', '--tlsfirst', [CompletionResultType]::ParameterName, 'Start TLS before the server''s INFO (for servers with handshake_first)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'natsx;bench;obj;help' {
            [CompletionResult]::new('put', 'put', [CompletionResultType]::ParameterValue, 'Upload objects and measure MB/s')
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Download the objects `bench obj put` stored')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'natsx;bench;obj;help;put' {
            break
        }
        'natsx;bench;obj;help;get' {
            break
        }
        'natsx;bench;obj;help;help' {
            break
        }
        'natsx;bench;idle' {
            [CompletionResult]::new('--clients', '--clients', [CompletionResultType]::ParameterName, 'Number of connections to open')
            [CompletionResult]::new('--subs', '--subs', [CompletionResultType]::ParameterName, 'Subscriptions per connection (on `SUBJECT.<client>.<n>`)')
            [CompletionResult]::new('--subject', '--subject', [CompletionResultType]::ParameterName, 'Subject prefix for the subscriptions')
            [CompletionResult]::new('--duration', '--duration', [CompletionResultType]::ParameterName, 'How long to hold them (default: until interrupted)')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--csv', '--csv', [CompletionResultType]::ParameterName, 'Also write the results as CSV to this file (as `nats bench --csv FILE`)')
            [CompletionResult]::new('--client', '--client', [CompletionResultType]::ParameterName, 'Client for the throughput modes: `wire` is a lean protocol-level load generator (so the server, not the client, is measured); `async-nats` the official client')
            [CompletionResult]::new('-s', '-s', [CompletionResultType]::ParameterName, 'NATS server URLs, comma separated [default: the context''s, else nats://127.0.0.1:4222]')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'NATS server URLs, comma separated [default: the context''s, else nats://127.0.0.1:4222]')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'The connection context to use (`natsx context`), instead of the selected one')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'Username or token')
            [CompletionResult]::new('--password', '--password', [CompletionResultType]::ParameterName, 'Password')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'Authentication token')
            [CompletionResult]::new('--creds', '--creds', [CompletionResultType]::ParameterName, 'User credentials file (JWT and seed)')
            [CompletionResult]::new('--nkey', '--nkey', [CompletionResultType]::ParameterName, 'NKey seed file')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Time to wait on connect and on responses (e.g. 5s, 500ms)')
            [CompletionResult]::new('--connection-name', '--connection-name', [CompletionResultType]::ParameterName, 'Name of this connection, as the server shows it')
            [CompletionResult]::new('--tlscert', '--tlscert', [CompletionResultType]::ParameterName, 'TLS client certificate file (with --tlskey)')
            [CompletionResult]::new('--tlskey', '--tlskey', [CompletionResultType]::ParameterName, 'TLS client key file')
            [CompletionResult]::new('--tlsca', '--tlsca', [CompletionResultType]::ParameterName, 'CA file that signed the server''s certificate (TLS is then required)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Shorthand for --format json')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'No progress bar (it is also off when stderr is not a terminal)')
            [CompletionResult]::new('--tlsfirst', '--tlsfirst', [CompletionResultType]::ParameterName, 'Start TLS before the server''s INFO (for servers with handshake_first)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'natsx;bench;help' {
            [CompletionResult]::new('pub', 'pub', [CompletionResultType]::ParameterValue, 'Publish messages and measure the publish rate')
            [CompletionResult]::new('sub', 'sub', [CompletionResultType]::ParameterValue, 'Subscribe and measure the receive rate (start it before `bench pub`)')
            [CompletionResult]::new('pubsub', 'pubsub', [CompletionResultType]::ParameterValue, 'Publishers and subscribers together in one run')
            [CompletionResult]::new('service', 'service', [CompletionResultType]::ParameterValue, 'Request/reply: `serve` answers, `request` measures')
            [CompletionResult]::new('js', 'js', [CompletionResultType]::ParameterValue, 'JetStream: publish with acknowledgements, consume through consumers')
            [CompletionResult]::new('kv', 'kv', [CompletionResultType]::ParameterValue, 'Key-Value: put and get')
            [CompletionResult]::new('obj', 'obj', [CompletionResultType]::ParameterValue, 'Object Store: put and get throughput')
            [CompletionResult]::new('idle', 'idle', [CompletionResultType]::ParameterValue, 'Hold idle connections and subscriptions open (for memory measurements)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'natsx;bench;help;pub' {
            break
        }
        'natsx;bench;help;sub' {
            break
        }
        'natsx;bench;help;pubsub' {
            break
        }
        'natsx;bench;help;service' {
            [CompletionResult]::new('serve', 'serve', [CompletionResultType]::ParameterValue, 'Answer requests with a reply of --size bytes until stopped')
            [CompletionResult]::new('request', 'request', [CompletionResultType]::ParameterValue, 'Send requests and measure round-trip latency and throughput')
            break
        }
        'natsx;bench;help;service;serve' {
            break
        }
        'natsx;bench;help;service;request' {
            break
        }
        'natsx;bench;help;js' {
            [CompletionResult]::new('pub', 'pub', [CompletionResultType]::ParameterValue, 'Publish to a stream and wait for the acknowledgements')
            [CompletionResult]::new('consume', 'consume', [CompletionResultType]::ParameterValue, 'Consume a stream through a pull or push consumer, acknowledging each message')
            break
        }
        'natsx;bench;help;js;pub' {
            break
        }
        'natsx;bench;help;js;consume' {
            break
        }
        'natsx;bench;help;kv' {
            [CompletionResult]::new('put', 'put', [CompletionResultType]::ParameterValue, 'Put values (each put waits for its revision)')
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Get values written by `bench kv put`')
            break
        }
        'natsx;bench;help;kv;put' {
            break
        }
        'natsx;bench;help;kv;get' {
            break
        }
        'natsx;bench;help;obj' {
            [CompletionResult]::new('put', 'put', [CompletionResultType]::ParameterValue, 'Upload objects and measure MB/s')
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Download the objects `bench obj put` stored')
            break
        }
        'natsx;bench;help;obj;put' {
            break
        }
        'natsx;bench;help;obj;get' {
            break
        }
        'natsx;bench;help;idle' {
            break
        }
        'natsx;bench;help;help' {
            break
        }
        'natsx;stream' {
            [CompletionResult]::new('-s', '-s', [CompletionResultType]::ParameterName, 'NATS server URLs, comma separated [default: the context''s, else nats://127.0.0.1:4222]')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'NATS server URLs, comma separated [default: the context''s, else nats://127.0.0.1:4222]')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'The connection context to use (`natsx context`), instead of the selected one')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'Username or token')
            [CompletionResult]::new('--password', '--password', [CompletionResultType]::ParameterName, 'Password')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'Authentication token')
            [CompletionResult]::new('--creds', '--creds', [CompletionResultType]::ParameterName, 'User credentials file (JWT and seed)')
            [CompletionResult]::new('--nkey', '--nkey', [CompletionResultType]::ParameterName, 'NKey seed file')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Time to wait on connect and on responses (e.g. 5s, 500ms)')
            [CompletionResult]::new('--connection-name', '--connection-name', [CompletionResultType]::ParameterName, 'Name of this connection, as the server shows it')
            [CompletionResult]::new('--tlscert', '--tlscert', [CompletionResultType]::ParameterName, 'TLS client certificate file (with --tlskey)')
            [CompletionResult]::new('--tlskey', '--tlskey', [CompletionResultType]::ParameterName, 'TLS client key file')
            [CompletionResult]::new('--tlsca', '--tlsca', [CompletionResultType]::ParameterName, 'CA file that signed the server''s certificate (TLS is then required)')
            [CompletionResult]::new('--tlsfirst', '--tlsfirst', [CompletionResultType]::ParameterName, 'Start TLS before the server''s INFO (for servers with handshake_first)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Create a stream')
            [CompletionResult]::new('edit', 'edit', [CompletionResultType]::ParameterValue, 'Change a stream''s configuration')
            [CompletionResult]::new('info', 'info', [CompletionResultType]::ParameterValue, 'Show a stream''s configuration and state')
            [CompletionResult]::new('ls', 'ls', [CompletionResultType]::ParameterValue, 'List streams')
            [CompletionResult]::new('rm', 'rm', [CompletionResultType]::ParameterValue, 'Delete a stream and all its messages')
            [CompletionResult]::new('purge', 'purge', [CompletionResultType]::ParameterValue, 'Remove messages from a stream')
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Show one message')
            [CompletionResult]::new('rmm', 'rmm', [CompletionResultType]::ParameterValue, 'Delete one message')
            [CompletionResult]::new('view', 'view', [CompletionResultType]::ParameterValue, 'Show the messages of a stream')
            [CompletionResult]::new('report', 'report', [CompletionResultType]::ParameterValue, 'A table of every stream')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'natsx;stream;add' {
            [CompletionResult]::new('--subjects', '--subjects', [CompletionResultType]::ParameterName, 'Subjects the stream captures (repeatable or comma separated); defaults to the name')
            [CompletionResult]::new('--storage', '--storage', [CompletionResultType]::ParameterName, 'Storage: file or memory')
            [CompletionResult]::new('--retention', '--retention', [CompletionResultType]::ParameterName, 'Retention: limits, interest or workqueue')
            [CompletionResult]::new('--discard', '--discard', [CompletionResultType]::ParameterName, 'Discard policy when full: old or new')
            [CompletionResult]::new('--max-msgs', '--max-msgs', [CompletionResultType]::ParameterName, 'Maximum number of messages (-1 unlimited)')
            [CompletionResult]::new('--max-msgs-per-subject', '--max-msgs-per-subject', [CompletionResultType]::ParameterName, 'Maximum messages per subject (-1 unlimited)')
            [CompletionResult]::new('--max-bytes', '--max-bytes', [CompletionResultType]::ParameterName, 'Maximum total size (e.g. 1GB; -1 unlimited)')
            [CompletionResult]::new('--max-age', '--max-age', [CompletionResultType]::ParameterName, 'Maximum message age (e.g. 1h, 7d; 0 unlimited)')
            [CompletionResult]::new('--max-msg-size', '--max-msg-size', [CompletionResultType]::ParameterName, 'Maximum message size (e.g. 1MB; -1 unlimited)')
            [CompletionResult]::new('--max-consumers', '--max-consumers', [CompletionResultType]::ParameterName, 'Maximum consumers (-1 unlimited)')
            [CompletionResult]::new('--dupe-window', '--dupe-window', [CompletionResultType]::ParameterName, 'Duplicate tracking window (e.g. 2m)')
            [CompletionResult]::new('--replicas', '--replicas', [CompletionResultType]::ParameterName, 'Replicas')
            [CompletionResult]::new('--description', '--description', [CompletionResultType]::ParameterName, 'Description')
            [CompletionResult]::new('--first-sequence', '--first-sequence', [CompletionResultType]::ParameterName, 'First sequence of a new stream')
            [CompletionResult]::new('--compression', '--compression', [CompletionResultType]::ParameterName, 'Compression: none or s2')
            [CompletionResult]::new('--metadata', '--metadata', [CompletionResultType]::ParameterName, 'Metadata as key=value (repeatable)')
            [CompletionResult]::new('--republish-source', '--republish-source', [CompletionResultType]::ParameterName, 'Republish stored messages: source subject filter')
            [CompletionResult]::new('--republish-destination', '--republish-destination', [CompletionResultType]::ParameterName, 'Republish stored messages: destination subject')
            [CompletionResult]::new('--mirror', '--mirror', [CompletionResultType]::ParameterName, 'Mirror another stream')
            [CompletionResult]::new('--source', '--source', [CompletionResultType]::ParameterName, 'Source from other streams (repeatable)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The whole configuration as JSON (flags given as well override it)')
            [CompletionResult]::new('-s', '-s', [CompletionResultType]::ParameterName, 'NATS server URLs, comma separated [default: the context''s, else nats://127.0.0.1:4222]')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'NATS server URLs, comma separated [default: the context''s, else nats://127.0.0.1:4222]')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'The connection context to use (`natsx context`), instead of the selected one')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'Username or token')
            [CompletionResult]::new('--password', '--password', [CompletionResultType]::ParameterName, 'Password')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'Authentication token')
            [CompletionResult]::new('--creds', '--creds', [CompletionResultType]::ParameterName, 'User credentials file (JWT and seed)')
            [CompletionResult]::new('--nkey', '--nkey', [CompletionResultType]::ParameterName, 'NKey seed file')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Time to wait on connect and on responses (e.g. 5s, 500ms)')
            [CompletionResult]::new('--connection-name', '--connection-name', [CompletionResultType]::ParameterName, 'Name of this connection, as the server shows it')
            [CompletionResult]::new('--tlscert', '--tlscert', [CompletionResultType]::ParameterName, 'TLS client certificate file (with --tlskey)')
            [CompletionResult]::new('--tlskey', '--tlskey', [CompletionResultType]::ParameterName, 'TLS client key file')
            [CompletionResult]::new('--tlsca', '--tlsca', [CompletionResultType]::ParameterName, 'CA file that signed the server''s certificate (TLS is then required)')
            [CompletionResult]::new('--discard-per-subject', '--discard-per-subject', [CompletionResultType]::ParameterName, 'Discard new messages per subject (with --discard new and --max-msgs-per-subject)')
            [CompletionResult]::new('--no-ack', '--no-ack', [CompletionResultType]::ParameterName, 'Do not acknowledge publishes')
            [CompletionResult]::new('--allow-rollup', '--allow-rollup', [CompletionResultType]::ParameterName, 'Allow Nats-Rollup headers')
            [CompletionResult]::new('--deny-delete', '--deny-delete', [CompletionResultType]::ParameterName, 'Refuse message deletes')
            [CompletionResult]::new('--deny-purge', '--deny-purge', [CompletionResultType]::ParameterName, 'Refuse purges')
            [CompletionResult]::new('--allow-direct', '--allow-direct', [CompletionResultType]::ParameterName, 'Allow direct get')
            [CompletionResult]::new('--seal', '--seal', [CompletionResultType]::ParameterName, 'Seal the stream (edit only): no more writes, deletes or purges')
            [CompletionResult]::new('--republish-headers', '--republish-headers', [CompletionResultType]::ParameterName, 'Republish only headers')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print the server''s JSON reply')
            [CompletionResult]::new('-f', '-f', [CompletionResultType]::ParameterName, 'Do not ask for confirmation (edit)')
            [CompletionResult]::new('--force', '--force', [CompletionResultType]::ParameterName, 'Do not ask for confirmation (edit)')
            [CompletionResult]::new('--defaults', '--defaults', [CompletionResultType]::ParameterName, 'Take the defaults for everything not given (`nats stream add --defaults`; natsx never prompts, so this only documents the intent)')
            [CompletionResult]::new('--tlsfirst', '--tlsfirst', [CompletionResultType]::ParameterName, 'Start TLS before the server''s INFO (for servers with handshake_first)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'natsx;stream;edit' {
            [CompletionResult]::new('--subjects', '--subjects', [CompletionResultType]::ParameterName, 'Subjects the stream captures (repeatable or comma separated); defaults to the name')
            [CompletionResult]::new('--storage', '--storage', [CompletionResultType]::ParameterName, 'Storage: file or memory')
            [CompletionResult]::new('--retention', '--retention', [CompletionResultType]::ParameterName, 'Retention: limits, interest or workqueue')
            [CompletionResult]::new('--discard', '--discard', [CompletionResultType]::ParameterName, 'Discard policy when full: old or new')
            [CompletionResult]::new('--max-msgs', '--max-msgs', [CompletionResultType]::ParameterName, 'Maximum number of messages (-1 unlimited)')
            [CompletionResult]::new('--max-msgs-per-subject', '--max-msgs-per-subject', [CompletionResultType]::ParameterName, 'Maximum messages per subject (-1 unlimited)')
            [CompletionResult]::new('--max-bytes', '--max-bytes', [CompletionResultType]::ParameterName, 'Maximum total size (e.g. 1GB; -1 unlimited)')
            [CompletionResult]::new('--max-age', '--max-age', [CompletionResultType]::ParameterName, 'Maximum message age (e.g. 1h, 7d; 0 unlimited)')
            [CompletionResult]::new('--max-msg-size', '--max-msg-size', [CompletionResultType]::ParameterName, 'Maximum message size (e.g. 1MB; -1 unlimited)')
            [CompletionResult]::new('--max-consumers', '--max-consumers', [CompletionResultType]::ParameterName, 'Maximum consumers (-1 unlimited)')
            [CompletionResult]::new('--dupe-window', '--dupe-window', [CompletionResultType]::ParameterName, 'Duplicate tracking window (e.g. 2m)')
            [CompletionResult]::new('--replicas', '--replicas', [CompletionResultType]::ParameterName, 'Replicas')
            [CompletionResult]::new('--description', '--description', [CompletionResultType]::ParameterName, 'Description')
            [CompletionResult]::new('--first-sequence', '--first-sequence', [CompletionResultType]::ParameterName, 'First sequence of a new stream')
            [CompletionResult]::new('--compression', '--compression', [CompletionResultType]::ParameterName, 'Compression: none or s2')
            [CompletionResult]::new('--metadata', '--metadata', [CompletionResultType]::ParameterName, 'Metadata as key=value (repeatable)')
            [CompletionResult]::new('--republish-source', '--republish-source', [CompletionResultType]::ParameterName, 'Republish stored messages: source subject filter')
            [CompletionResult]::new('--republish-destination', '--republish-destination', [CompletionResultType]::ParameterName, 'Republish stored messages: destination subject')
            [CompletionResult]::new('--mirror', '--mirror', [CompletionResultType]::ParameterName, 'Mirror another stream')
            [CompletionResult]::new('--source', '--source', [CompletionResultType]::ParameterName, 'Source from other streams (repeatable)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The whole configuration as JSON (flags given as well override it)')
            [CompletionResult]::new('-s', '-s', [CompletionResultType]::ParameterName, 'NATS server URLs, comma separated [default: the context''s, else nats://127.0.0.1:4222]')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'NATS server URLs, comma separated [default: the context''s, else nats://127.0.0.1:4222]')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'The connection context to use (`natsx context`), instead of the selected one')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'Username or token')
            [CompletionResult]::new('--password', '--password', [CompletionResultType]::ParameterName, 'Password')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'Authentication token')
            [CompletionResult]::new('--creds', '--creds', [CompletionResultType]::ParameterName, 'User credentials file (JWT and seed)')
            [CompletionResult]::new('--nkey', '--nkey', [CompletionResultType]::ParameterName, 'NKey seed file')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Time to wait on connect and on responses (e.g. 5s, 500ms)')
            [CompletionResult]::new('--connection-name', '--connection-name', [CompletionResultType]::ParameterName, 'Name of this connection, as the server shows it')
            [CompletionResult]::new('--tlscert', '--tlscert', [CompletionResultType]::ParameterName, 'TLS client certificate file (with --tlskey)')
            [CompletionResult]::new('--tlskey', '--tlskey', [CompletionResultType]::ParameterName, 'TLS client key file')
            [CompletionResult]::new('--tlsca', '--tlsca', [CompletionResultType]::ParameterName, 'CA file that signed the server''s certificate (TLS is then required)')
            [CompletionResult]::new('--discard-per-subject', '--discard-per-subject', [CompletionResultType]::ParameterName, 'Discard new messages per subject (with --discard new and --max-msgs-per-subject)')
            [CompletionResult]::new('--no-ack', '--no-ack', [CompletionResultType]::ParameterName, 'Do not acknowledge publishes')
            [CompletionResult]::new('--allow-rollup', '--allow-rollup', [CompletionResultType]::ParameterName, 'Allow Nats-Rollup headers')
            [CompletionResult]::new('--deny-delete', '--deny-delete', [CompletionResultType]::ParameterName, 'Refuse message deletes')
            [CompletionResult]::new('--deny-purge', '--deny-purge', [CompletionResultType]::ParameterName, 'Refuse purges')
            [CompletionResult]::new('--allow-direct', '--allow-direct', [CompletionResultType]::ParameterName, 'Allow direct get')
            [CompletionResult]::new('--seal', '--seal', [CompletionResultType]::ParameterName, 'Seal the stream (edit only): no more writes, deletes or purges')
            [CompletionResult]::new('--republish-headers', '--republish-headers', [CompletionResultType]::ParameterName, 'Republish only headers')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print the server''s JSON reply')
            [CompletionResult]::new('-f', '-f', [CompletionResultType]::ParameterName, 'Do not ask for confirmation (edit)')
            [CompletionResult]::new('--force', '--force', [CompletionResultType]::ParameterName, 'Do not ask for confirmation (edit)')
            [CompletionResult]::new('--defaults', '--defaults', [CompletionResultType]::ParameterName, 'Take the defaults for everything not given (`nats stream add --defaults`; natsx never prompts, so this only documents the intent)')
            [CompletionResult]::new('--tlsfirst', '--tlsfirst', [CompletionResultType]::ParameterName, 'Start TLS before the server''s INFO (for servers with handshake_first)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'natsx;stream;info' {
            [CompletionResult]::new('-s', '-s', [CompletionResultType]::ParameterName, 'NATS server URLs, comma separated [default: the context''s, else nats://127.0.0.1:4222]')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'NATS server URLs, comma separated [default: the context''s, else nats://127.0.0.1:4222]')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'The connection context to use (`natsx context`), instead of the selected one')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'Username or token')
            [CompletionResult]::new('--password', '--password', [CompletionResultType]::ParameterName, 'Password')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'Authentication token')
            [CompletionResult]::new('--creds', '--creds', [CompletionResultType]::ParameterName, 'User credentials file (JWT and seed)')
            [CompletionResult]::new('--nkey', '--nkey', [CompletionResultType]::ParameterName, 'NKey seed file')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Time to wait on connect and on responses (e.g. 5s, 500ms)')
            [CompletionResult]::new('--connection-name', '--connection-name', [CompletionResultType]::ParameterName, 'Name of this connection, as the server shows it')
            [CompletionResult]::new('--tlscert', '--tlscert', [CompletionResultType]::ParameterName, 'TLS client certificate file (with --tlskey)')
            [CompletionResult]::new('--tlskey', '--tlskey', [CompletionResultType]::ParameterName, 'TLS client key file')
            [CompletionResult]::new('--tlsca', '--tlsca', [CompletionResultType]::ParameterName, 'CA file that signed the server''s certificate (TLS is then required)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'json')
            [CompletionResult]::new('--tlsfirst', '--tlsfirst', [CompletionResultType]::ParameterName, 'Start TLS before the server''s INFO (for servers with handshake_first)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'natsx;stream;ls' {
            [CompletionResult]::new('--subject', '--subject', [CompletionResultType]::ParameterName, 'Only streams capturing this subject')
            [CompletionResult]::new('-s', '-s', [CompletionResultType]::ParameterName, 'NATS server URLs, comma separated [default: the context''s, else nats://127.0.0.1:4222]')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'NATS server URLs, comma separated [default: the context''s, else nats://127.0.0.1:4222]')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'The connection context to use (`natsx context`), instead of the selected one')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'Username or token')
            [CompletionResult]::new('--password', '--password', [CompletionResultType]::ParameterName, 'Password')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'Authentication token')
            [CompletionResult]::new('--creds', '--creds', [CompletionResultType]::ParameterName, 'User credentials file (JWT and seed)')
            [CompletionResult]::new('--nkey', '--nkey', [CompletionResultType]::ParameterName, 'NKey seed file')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Time to wait on connect and on responses (e.g. 5s, 500ms)')
            [CompletionResult]::new('--connection-name', '--connection-name', [CompletionResultType]::ParameterName, 'Name of this connection, as the server shows it')
            [CompletionResult]::new('--tlscert', '--tlscert', [CompletionResultType]::ParameterName, 'TLS client certificate file (with --tlskey)')
            [CompletionResult]::new('--tlskey', '--tlskey', [CompletionResultType]::ParameterName, 'TLS client key file')
            [CompletionResult]::new('--tlsca', '--tlsca', [CompletionResultType]::ParameterName, 'CA file that signed the server''s certificate (TLS is then required)')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Names only')
            [CompletionResult]::new('--names', '--names', [CompletionResultType]::ParameterName, 'Names only')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'json')
            [CompletionResult]::new('--tlsfirst', '--tlsfirst', [CompletionResultType]::ParameterName, 'Start TLS before the server''s INFO (for servers with handshake_first)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'natsx;stream;rm' {
            [CompletionResult]::new('-s', '-s', [CompletionResultType]::ParameterName, 'NATS server URLs, comma separated [default: the context''s, else nats://127.0.0.1:4222]')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'NATS server URLs, comma separated [default: the context''s, else nats://127.0.0.1:4222]')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'The connection context to use (`natsx context`), instead of the selected one')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'Username or token')
            [CompletionResult]::new('--password', '--password', [CompletionResultType]::ParameterName, 'Password')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'Authentication token')
            [CompletionResult]::new('--creds', '--creds', [CompletionResultType]::ParameterName, 'User credentials file (JWT and seed)')
            [CompletionResult]::new('--nkey', '--nkey', [CompletionResultType]::ParameterName, 'NKey seed file')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Time to wait on connect and on responses (e.g. 5s, 500ms)')
            [CompletionResult]::new('--connection-name', '--connection-name', [CompletionResultType]::ParameterName, 'Name of this connection, as the server shows it')
            [CompletionResult]::new('--tlscert', '--tlscert', [CompletionResultType]::ParameterName, 'TLS client certificate file (with --tlskey)')
            [CompletionResult]::new('--tlskey', '--tlskey', [CompletionResultType]::ParameterName, 'TLS client key file')
            [CompletionResult]::new('--tlsca', '--tlsca', [CompletionResultType]::ParameterName, 'CA file that signed the server''s certificate (TLS is then required)')
            [CompletionResult]::new('-f', '-f', [CompletionResultType]::ParameterName, 'f')
            [CompletionResult]::new('--force', '--force', [CompletionResultType]::ParameterName, 'force')
            [CompletionResult]::new('--tlsfirst', '--tlsfirst', [CompletionResultType]::ParameterName, 'Start TLS before the server''s INFO (for servers with handshake_first)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'natsx;stream;purge' {
            [CompletionResult]::new('--subject', '--subject', [CompletionResultType]::ParameterName, 'Only messages on this subject')
            [CompletionResult]::new('--seq', '--seq', [CompletionResultType]::ParameterName, 'Only messages below this sequence')
            [CompletionResult]::new('--keep', '--keep', [CompletionResultType]::ParameterName, 'Keep this many of the newest messages')
            [CompletionResult]::new('-s', '-s', [CompletionResultType]::ParameterName, 'NATS server URLs, comma separated [default: the context''s, else nats://127.0.0.1:4222]')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'NATS server URLs, comma separated [default: the context''s, else nats://127.0.0.1:4222]')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'The connection context to use (`natsx context`), instead of the selected one')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'Username or token')
            [CompletionResult]::new('--password', '--password', [CompletionResultType]::ParameterName, 'Password')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'Authentication token')
            [CompletionResult]::new('--creds', '--creds', [CompletionResultType]::ParameterName, 'User credentials file (JWT and seed)')
            [CompletionResult]::new('--nkey', '--nkey', [CompletionResultType]::ParameterName, 'NKey seed file')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Time to wait on connect and on responses (e.g. 5s, 500ms)')
            [CompletionResult]::new('--connection-name', '--connection-name', [CompletionResultType]::ParameterName, 'Name of this connection, as the server shows it')
            [CompletionResult]::new('--tlscert', '--tlscert', [CompletionResultType]::ParameterName, 'TLS client certificate file (with --tlskey)')
            [CompletionResult]::new('--tlskey', '--tlskey', [CompletionResultType]::ParameterName, 'TLS client key file')
            [CompletionResult]::new('--tlsca', '--tlsca', [CompletionResultType]::ParameterName, 'CA file that signed the server''s certificate (TLS is then required)')
            [CompletionResult]::new('-f', '-f', [CompletionResultType]::ParameterName, 'f')
            [CompletionResult]::new('--force', '--force', [CompletionResultType]::ParameterName, 'force')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'json')
            [CompletionResult]::new('--tlsfirst', '--tlsfirst', [CompletionResultType]::ParameterName, 'Start TLS before the server''s INFO (for servers with handshake_first)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'natsx;stream;get' {
            [CompletionResult]::new('--last-for', '--last-for', [CompletionResultType]::ParameterName, 'The newest message on this subject instead')
            [CompletionResult]::new('-s', '-s', [CompletionResultType]::ParameterName, 'NATS server URLs, comma separated [default: the context''s, else nats://127.0.0.1:4222]')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'NATS server URLs, comma separated [default: the context''s, else nats://127.0.0.1:4222]')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'The connection context to use (`natsx context`), instead of the selected one')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'Username or token')
            [CompletionResult]::new('--password', '--password', [CompletionResultType]::ParameterName, 'Password')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'Authentication token')
            [CompletionResult]::new('--creds', '--creds', [CompletionResultType]::ParameterName, 'User credentials file (JWT and seed)')
            [CompletionResult]::new('--nkey', '--nkey', [CompletionResultType]::ParameterName, 'NKey seed file')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Time to wait on connect and on responses (e.g. 5s, 500ms)')
            [CompletionResult]::new('--connection-name', '--connection-name', [CompletionResultType]::ParameterName, 'Name of this connection, as the server shows it')
            [CompletionResult]::new('--tlscert', '--tlscert', [CompletionResultType]::ParameterName, 'TLS client certificate file (with --tlskey)')
            [CompletionResult]::new('--tlskey', '--tlskey', [CompletionResultType]::ParameterName, 'TLS client key file')
            [CompletionResult]::new('--tlsca', '--tlsca', [CompletionResultType]::ParameterName, 'CA file that signed the server''s certificate (TLS is then required)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'json')
            [CompletionResult]::new('--tlsfirst', '--tlsfirst', [CompletionResultType]::ParameterName, 'Start TLS before the server''s INFO (for servers with handshake_first)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'natsx;stream;rmm' {
            [CompletionResult]::new('-s', '-s', [CompletionResultType]::ParameterName, 'NATS server URLs, comma separated [default: the context''s, else nats://127.0.0.1:4222]')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'NATS server URLs, comma separated [default: the context''s, else nats://127.0.0.1:4222]')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'The connection context to use (`natsx context`), instead of the selected one')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'Username or token')
            [CompletionResult]::new('--password', '--password', [CompletionResultType]::ParameterName, 'Password')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'Authentication token')
            [CompletionResult]::new('--creds', '--creds', [CompletionResultType]::ParameterName, 'User credentials file (JWT and seed)')
            [CompletionResult]::new('--nkey', '--nkey', [CompletionResultType]::ParameterName, 'NKey seed file')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Time to wait on connect and on responses (e.g. 5s, 500ms)')
            [CompletionResult]::new('--connection-name', '--connection-name', [CompletionResultType]::ParameterName, 'Name of this connection, as the server shows it')
            [CompletionResult]::new('--tlscert', '--tlscert', [CompletionResultType]::ParameterName, 'TLS client certificate file (with --tlskey)')
            [CompletionResult]::new('--tlskey', '--tlskey', [CompletionResultType]::ParameterName, 'TLS client key file')
            [CompletionResult]::new('--tlsca', '--tlsca', [CompletionResultType]::ParameterName, 'CA file that signed the server''s certificate (TLS is then required)')
            [CompletionResult]::new('--no-erase', '--no-erase', [CompletionResultType]::ParameterName, 'Only remove, do not overwrite the stored bytes')
            [CompletionResult]::new('-f', '-f', [CompletionResultType]::ParameterName, 'f')
            [CompletionResult]::new('--force', '--force', [CompletionResultType]::ParameterName, 'force')
            [CompletionResult]::new('--tlsfirst', '--tlsfirst', [CompletionResultType]::ParameterName, 'Start TLS before the server''s INFO (for servers with handshake_first)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'natsx;stream;view' {
            [CompletionResult]::new('--subject', '--subject', [CompletionResultType]::ParameterName, 'Only messages on this subject')
            [CompletionResult]::new('--since', '--since', [CompletionResultType]::ParameterName, 'Start at this sequence')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Show at most this many messages')
            [CompletionResult]::new('--count', '--count', [CompletionResultType]::ParameterName, 'Show at most this many messages')
            [CompletionResult]::new('-s', '-s', [CompletionResultType]::ParameterName, 'NATS server URLs, comma separated [default: the context''s, else nats://127.0.0.1:4222]')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'NATS server URLs, comma separated [default: the context''s, else nats://127.0.0.1:4222]')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'The connection context to use (`natsx context`), instead of the selected one')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'Username or token')
            [CompletionResult]::new('--password', '--password', [CompletionResultType]::ParameterName, 'Password')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'Authentication token')
            [CompletionResult]::new('--creds', '--creds', [CompletionResultType]::ParameterName, 'User credentials file (JWT and seed)')
            [CompletionResult]::new('--nkey', '--nkey', [CompletionResultType]::ParameterName, 'NKey seed file')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Time to wait on connect and on responses (e.g. 5s, 500ms)')
            [CompletionResult]::new('--connection-name', '--connection-name', [CompletionResultType]::ParameterName, 'Name of this connection, as the server shows it')
            [CompletionResult]::new('--tlscert', '--tlscert', [CompletionResultType]::ParameterName, 'TLS client certificate file (with --tlskey)')
            [CompletionResult]::new('--tlskey', '--tlskey', [CompletionResultType]::ParameterName, 'TLS client key file')
            [CompletionResult]::new('--tlsca', '--tlsca', [CompletionResultType]::ParameterName, 'CA file that signed the server''s certificate (TLS is then required)')
            [CompletionResult]::new('--raw', '--raw', [CompletionResultType]::ParameterName, 'Bodies only')
            [CompletionResult]::new('--tlsfirst', '--tlsfirst', [CompletionResultType]::ParameterName, 'Start TLS before the server''s INFO (for servers with handshake_first)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'natsx;stream;report' {
            [CompletionResult]::new('-s', '-s', [CompletionResultType]::ParameterName, 'NATS server URLs, comma separated [default: the context''s, else nats://127.0.0.1:4222]')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'NATS server URLs, comma separated [default: the context''s, else nats://127.0.0.1:4222]')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'The connection context to use (`natsx context`), instead of the selected one')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'Username or token')
            [CompletionResult]::new('--password', '--password', [CompletionResultType]::ParameterName, 'Password')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'Authentication token')
            [CompletionResult]::new('--creds', '--creds', [CompletionResultType]::ParameterName, 'User credentials file (JWT and seed)')
            [CompletionResult]::new('--nkey', '--nkey', [CompletionResultType]::ParameterName, 'NKey seed file')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Time to wait on connect and on responses (e.g. 5s, 500ms)')
            [CompletionResult]::new('--connection-name', '--connection-name', [CompletionResultType]::ParameterName, 'Name of this connection, as the server shows it')
            [CompletionResult]::new('--tlscert', '--tlscert', [CompletionResultType]::ParameterName, 'TLS client certificate file (with --tlskey)')
            [CompletionResult]::new('--tlskey', '--tlskey', [CompletionResultType]::ParameterName, 'TLS client key file')
            [CompletionResult]::new('--tlsca', '--tlsca', [CompletionResultType]::ParameterName, 'CA file that signed the server''s certificate (TLS is then required)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'json')
            [CompletionResult]::new('--tlsfirst', '--tlsfirst', [CompletionResultType]::ParameterName, 'Start TLS before the server''s INFO (for servers with handshake_first)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'natsx;stream;help' {
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Create a stream')
            [CompletionResult]::new('edit', 'edit', [CompletionResultType]::ParameterValue, 'Change a stream''s configuration')
            [CompletionResult]::new('info', 'info', [CompletionResultType]::ParameterValue, 'Show a stream''s configuration and state')
            [CompletionResult]::new('ls', 'ls', [CompletionResultType]::ParameterValue, 'List streams')
            [CompletionResult]::new('rm', 'rm', [CompletionResultType]::ParameterValue, 'Delete a stream and all its messages')
            [CompletionResult]::new('purge', 'purge', [CompletionResultType]::ParameterValue, 'Remove messages from a stream')
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Show one message')
            [CompletionResult]::new('rmm', 'rmm', [CompletionResultType]::ParameterValue, 'Delete one message')
            [CompletionResult]::new('view', 'view', [CompletionResultType]::ParameterValue, 'Show the messages of a stream')
            [CompletionResult]::new('report', 'report', [CompletionResultType]::ParameterValue, 'A table of every stream')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'natsx;stream;help;add' {
            break
        }
        'natsx;stream;help;edit' {
            break
        }
        'natsx;stream;help;info' {
            break
        }
        'natsx;stream;help;ls' {
            break
        }
        'natsx;stream;help;rm' {
            break
        }
        'natsx;stream;help;purge' {
            break
        }
        'natsx;stream;help;get' {
            break
        }
        'natsx;stream;help;rmm' {
            break
        }
        'natsx;stream;help;view' {
            break
        }
        'natsx;stream;help;report' {
            break
        }
        'natsx;stream;help;help' {
            break
        }
        'natsx;consumer' {
            [CompletionResult]::new('-s', '-s', [CompletionResultType]::ParameterName, 'NATS server URLs, comma separated [default: the context''s, else nats://127.0.0.1:4222]')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'NATS server URLs, comma separated [default: the context''s, else nats://127.0.0.1:4222]')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'The connection context to use (`natsx context`), instead of the selected one')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'Username or token')
            [CompletionResult]::new('--password', '--password', [CompletionResultType]::ParameterName, 'Password')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'Authentication token')
            [CompletionResult]::new('--creds', '--creds', [CompletionResultType]::ParameterName, 'User credentials file (JWT and seed)')
            [CompletionResult]::new('--nkey', '--nkey', [CompletionResultType]::ParameterName, 'NKey seed file')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Time to wait on connect and on responses (e.g. 5s, 500ms)')
            [CompletionResult]::new('--connection-name', '--connection-name', [CompletionResultType]::ParameterName, 'Name of this connection, as the server shows it')
            [CompletionResult]::new('--tlscert', '--tlscert', [CompletionResultType]::ParameterName, 'TLS client certificate file (with --tlskey)')
            [CompletionResult]::new('--tlskey', '--tlskey', [CompletionResultType]::ParameterName, 'TLS client key file')
            [CompletionResult]::new('--tlsca', '--tlsca', [CompletionResultType]::ParameterName, 'CA file that signed the server''s certificate (TLS is then required)')
            [CompletionResult]::new('--tlsfirst', '--tlsfirst', [CompletionResultType]::ParameterName, 'Start TLS before the server''s INFO (for servers with handshake_first)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Create a consumer')
            [CompletionResult]::new('edit', 'edit', [CompletionResultType]::ParameterValue, 'Change a consumer''s configuration')
            [CompletionResult]::new('info', 'info', [CompletionResultType]::ParameterValue, 'Show a consumer''s configuration and state')
            [CompletionResult]::new('ls', 'ls', [CompletionResultType]::ParameterValue, 'List a stream''s consumers')
            [CompletionResult]::new('rm', 'rm', [CompletionResultType]::ParameterValue, 'Delete a consumer')
            [CompletionResult]::new('next', 'next', [CompletionResultType]::ParameterValue, 'Fetch messages from a pull consumer')
            [CompletionResult]::new('sub', 'sub', [CompletionResultType]::ParameterValue, 'Receive messages from a push consumer')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'natsx;consumer;add' {
            [CompletionResult]::new('--target', '--target', [CompletionResultType]::ParameterName, 'Push consumer delivering to this subject')
            [CompletionResult]::new('--deliver', '--deliver', [CompletionResultType]::ParameterName, 'Where to start: all, last, new, last_per_subject, a sequence, or an RFC 3339 time')
            [CompletionResult]::new('--ack', '--ack', [CompletionResultType]::ParameterName, 'Ack policy: explicit, all or none')
            [CompletionResult]::new('--wait', '--wait', [CompletionResultType]::ParameterName, 'How long to wait for an ack before redelivering (e.g. 30s)')
            [CompletionResult]::new('--max-deliver', '--max-deliver', [CompletionResultType]::ParameterName, 'Deliveries before giving up on a message (-1 unlimited)')
            [CompletionResult]::new('--max-pending', '--max-pending', [CompletionResultType]::ParameterName, 'Maximum unacknowledged messages')
            [CompletionResult]::new('--filter', '--filter', [CompletionResultType]::ParameterName, 'Subject filters (repeatable)')
            [CompletionResult]::new('--replay', '--replay', [CompletionResultType]::ParameterName, 'Replay policy: instant or original')
            [CompletionResult]::new('--heartbeat', '--heartbeat', [CompletionResultType]::ParameterName, 'Idle heartbeat interval (push)')
            [CompletionResult]::new('--deliver-group', '--deliver-group', [CompletionResultType]::ParameterName, 'Queue group for push delivery')
            [CompletionResult]::new('--max-waiting', '--max-waiting', [CompletionResultType]::ParameterName, 'Maximum waiting pull requests')
            [CompletionResult]::new('--backoff', '--backoff', [CompletionResultType]::ParameterName, 'Redelivery backoff durations (repeatable or comma separated)')
            [CompletionResult]::new('--inactive-threshold', '--inactive-threshold', [CompletionResultType]::ParameterName, 'Remove the consumer after this long without interest')
            [CompletionResult]::new('--description', '--description', [CompletionResultType]::ParameterName, 'Description')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The whole configuration as JSON (flags given as well override it)')
            [CompletionResult]::new('-s', '-s', [CompletionResultType]::ParameterName, 'NATS server URLs, comma separated [default: the context''s, else nats://127.0.0.1:4222]')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'NATS server URLs, comma separated [default: the context''s, else nats://127.0.0.1:4222]')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'The connection context to use (`natsx context`), instead of the selected one')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'Username or token')
            [CompletionResult]::new('--password', '--password', [CompletionResultType]::ParameterName, 'Password')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'Authentication token')
            [CompletionResult]::new('--creds', '--creds', [CompletionResultType]::ParameterName, 'User credentials file (JWT and seed)')
            [CompletionResult]::new('--nkey', '--nkey', [CompletionResultType]::ParameterName, 'NKey seed file')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Time to wait on connect and on responses (e.g. 5s, 500ms)')
            [CompletionResult]::new('--connection-name', '--connection-name', [CompletionResultType]::ParameterName, 'Name of this connection, as the server shows it')
            [CompletionResult]::new('--tlscert', '--tlscert', [CompletionResultType]::ParameterName, 'TLS client certificate file (with --tlskey)')
            [CompletionResult]::new('--tlskey', '--tlskey', [CompletionResultType]::ParameterName, 'TLS client key file')
            [CompletionResult]::new('--tlsca', '--tlsca', [CompletionResultType]::ParameterName, 'CA file that signed the server''s certificate (TLS is then required)')
            [CompletionResult]::new('--pull', '--pull', [CompletionResultType]::ParameterName, 'Pull consumer (the default unless --target is given)')
            [CompletionResult]::new('--flow-control', '--flow-control', [CompletionResultType]::ParameterName, 'Flow control (push)')
            [CompletionResult]::new('--headers-only', '--headers-only', [CompletionResultType]::ParameterName, 'Deliver headers only, with the body size in Nats-Msg-Size')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'json')
            [CompletionResult]::new('-f', '-f', [CompletionResultType]::ParameterName, 'Do not ask for confirmation (edit)')
            [CompletionResult]::new('--force', '--force', [CompletionResultType]::ParameterName, 'Do not ask for confirmation (edit)')
            [CompletionResult]::new('--tlsfirst', '--tlsfirst', [CompletionResultType]::ParameterName, 'Start TLS before the server''s INFO (for servers with handshake_first)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'natsx;consumer;edit' {
            [CompletionResult]::new('--target', '--target', [CompletionResultType]::ParameterName, 'Push consumer delivering to this subject')
            [CompletionResult]::new('--deliver', '--deliver', [CompletionResultType]::ParameterName, 'Where to start: all, last, new, last_per_subject, a sequence, or an RFC 3339 time')
            [CompletionResult]::new('--ack', '--ack', [CompletionResultType]::ParameterName, 'Ack policy: explicit, all or none')
            [CompletionResult]::new('--wait', '--wait', [CompletionResultType]::ParameterName, 'How long to wait for an ack before redelivering (e.g. 30s)')
            [CompletionResult]::new('--max-deliver', '--max-deliver', [CompletionResultType]::ParameterName, 'Deliveries before giving up on a message (-1 unlimited)')
            [CompletionResult]::new('--max-pending', '--max-pending', [CompletionResultType]::ParameterName, 'Maximum unacknowledged messages')
            [CompletionResult]::new('--filter', '--filter', [CompletionResultType]::ParameterName, 'Subject filters (repeatable)')
            [CompletionResult]::new('--replay', '--replay', [CompletionResultType]::ParameterName, 'Replay policy: instant or original')
            [CompletionResult]::new('--heartbeat', '--heartbeat', [CompletionResultType]::ParameterName, 'Idle heartbeat interval (push)')
            [CompletionResult]::new('--deliver-group', '--deliver-group', [CompletionResultType]::ParameterName, 'Queue group for push delivery')
            [CompletionResult]::new('--max-waiting', '--max-waiting', [CompletionResultType]::ParameterName, 'Maximum waiting pull requests')
            [CompletionResult]::new('--backoff', '--backoff', [CompletionResultType]::ParameterName, 'Redelivery backoff durations (repeatable or comma separated)')
            [CompletionResult]::new('--inactive-threshold', '--inactive-threshold', [CompletionResultType]::ParameterName, 'Remove the consumer after this long without interest')
            [CompletionResult]::new('--description', '--description', [CompletionResultType]::ParameterName, 'Description')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The whole configuration as JSON (flags given as well override it)')
            [CompletionResult]::new('-s', '-s', [CompletionResultType]::ParameterName, 'NATS server URLs, comma separated [default: the context''s, else nats://127.0.0.1:4222]')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'NATS server URLs, comma separated [default: the context''s, else nats://127.0.0.1:4222]')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'The connection context to use (`natsx context`), instead of the selected one')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'Username or token')
            [CompletionResult]::new('--password', '--password', [CompletionResultType]::ParameterName, 'Password')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'Authentication token')
            [CompletionResult]::new('--creds', '--creds', [CompletionResultType]::ParameterName, 'User credentials file (JWT and seed)')
            [CompletionResult]::new('--nkey', '--nkey', [CompletionResultType]::ParameterName, 'NKey seed file')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Time to wait on connect and on responses (e.g. 5s, 500ms)')
            [CompletionResult]::new('--connection-name', '--connection-name', [CompletionResultType]::ParameterName, 'Name of this connection, as the server shows it')
            [CompletionResult]::new('--tlscert', '--tlscert', [CompletionResultType]::ParameterName, 'TLS client certificate file (with --tlskey)')
            [CompletionResult]::new('--tlskey', '--tlskey', [CompletionResultType]::ParameterName, 'TLS client key file')
            [CompletionResult]::new('--tlsca', '--tlsca', [CompletionResultType]::ParameterName, 'CA file that signed the server''s certificate (TLS is then required)')
            [CompletionResult]::new('--pull', '--pull', [CompletionResultType]::ParameterName, 'Pull consumer (the default unless --target is given)')
            [CompletionResult]::new('--flow-control', '--flow-control', [CompletionResultType]::ParameterName, 'Flow control (push)')
            [CompletionResult]::new('--headers-only', '--headers-only', [CompletionResultType]::ParameterName, 'Deliver headers only, with the body size in Nats-Msg-Size')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'json')
            [CompletionResult]::new('-f', '-f', [CompletionResultType]::ParameterName, 'Do not ask for confirmation (edit)')
            [CompletionResult]::new('--force', '--force', [CompletionResultType]::ParameterName, 'Do not ask for confirmation (edit)')
            [CompletionResult]::new('--tlsfirst', '--tlsfirst', [CompletionResultType]::ParameterName, 'Start TLS before the server''s INFO (for servers with handshake_first)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'natsx;consumer;info' {
            [CompletionResult]::new('-s', '-s', [CompletionResultType]::ParameterName, 'NATS server URLs, comma separated [default: the context''s, else nats://127.0.0.1:4222]')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'NATS server URLs, comma separated [default: the context''s, else nats://127.0.0.1:4222]')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'The connection context to use (`natsx context`), instead of the selected one')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'Username or token')
            [CompletionResult]::new('--password', '--password', [CompletionResultType]::ParameterName, 'Password')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'Authentication token')
            [CompletionResult]::new('--creds', '--creds', [CompletionResultType]::ParameterName, 'User credentials file (JWT and seed)')
            [CompletionResult]::new('--nkey', '--nkey', [CompletionResultType]::ParameterName, 'NKey seed file')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Time to wait on connect and on responses (e.g. 5s, 500ms)')
            [CompletionResult]::new('--connection-name', '--connection-name', [CompletionResultType]::ParameterName, 'Name of this connection, as the server shows it')
            [CompletionResult]::new('--tlscert', '--tlscert', [CompletionResultType]::ParameterName, 'TLS client certificate file (with --tlskey)')
            [CompletionResult]::new('--tlskey', '--tlskey', [CompletionResultType]::ParameterName, 'TLS client key file')
            [CompletionResult]::new('--tlsca', '--tlsca', [CompletionResultType]::ParameterName, 'CA file that signed the server''s certificate (TLS is then required)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'json')
            [CompletionResult]::new('--tlsfirst', '--tlsfirst', [CompletionResultType]::ParameterName, 'Start TLS before the server''s INFO (for servers with handshake_first)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'natsx;consumer;ls' {
            [CompletionResult]::new('-s', '-s', [CompletionResultType]::ParameterName, 'NATS server URLs, comma separated [default: the context''s, else nats://127.0.0.1:4222]')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'NATS server URLs, comma separated [default: the context''s, else nats://127.0.0.1:4222]')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'The connection context to use (`natsx context`), instead of the selected one')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'Username or token')
            [CompletionResult]::new('--password', '--password', [CompletionResultType]::ParameterName, 'Password')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'Authentication token')
            [CompletionResult]::new('--creds', '--creds', [CompletionResultType]::ParameterName, 'User credentials file (JWT and seed)')
            [CompletionResult]::new('--nkey', '--nkey', [CompletionResultType]::ParameterName, 'NKey seed file')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Time to wait on connect and on responses (e.g. 5s, 500ms)')
            [CompletionResult]::new('--connection-name', '--connection-name', [CompletionResultType]::ParameterName, 'Name of this connection, as the server shows it')
            [CompletionResult]::new('--tlscert', '--tlscert', [CompletionResultType]::ParameterName, 'TLS client certificate file (with --tlskey)')
            [CompletionResult]::new('--tlskey', '--tlskey', [CompletionResultType]::ParameterName, 'TLS client key file')
            [CompletionResult]::new('--tlsca', '--tlsca', [CompletionResultType]::ParameterName, 'CA file that signed the server''s certificate (TLS is then required)')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'n')
            [CompletionResult]::new('--names', '--names', [CompletionResultType]::ParameterName, 'names')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'json')
            [CompletionResult]::new('--tlsfirst', '--tlsfirst', [CompletionResultType]::ParameterName, 'Start TLS before the server''s INFO (for servers with handshake_first)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'natsx;consumer;rm' {
            [CompletionResult]::new('-s', '-s', [CompletionResultType]::ParameterName, 'NATS server URLs, comma separated [default: the context''s, else nats://127.0.0.1:4222]')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'NATS server URLs, comma separated [default: the context''s, else nats://127.0.0.1:4222]')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'The connection context to use (`natsx context`), instead of the selected one')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'Username or token')
            [CompletionResult]::new('--password', '--password', [CompletionResultType]::ParameterName, 'Password')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'Authentication token')
            [CompletionResult]::new('--creds', '--creds', [CompletionResultType]::ParameterName, 'User credentials file (JWT and seed)')
            [CompletionResult]::new('--nkey', '--nkey', [CompletionResultType]::ParameterName, 'NKey seed file')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Time to wait on connect and on responses (e.g. 5s, 500ms)')
            [CompletionResult]::new('--connection-name', '--connection-name', [CompletionResultType]::ParameterName, 'Name of this connection, as the server shows it')
            [CompletionResult]::new('--tlscert', '--tlscert', [CompletionResultType]::ParameterName, 'TLS client certificate file (with --tlskey)')
            [CompletionResult]::new('--tlskey', '--tlskey', [CompletionResultType]::ParameterName, 'TLS client key file')
            [CompletionResult]::new('--tlsca', '--tlsca', [CompletionResultType]::ParameterName, 'CA file that signed the server''s certificate (TLS is then required)')
            [CompletionResult]::new('-f', '-f', [CompletionResultType]::ParameterName, 'f')
            [CompletionResult]::new('--force', '--force', [CompletionResultType]::ParameterName, 'force')
            [CompletionResult]::new('--tlsfirst', '--tlsfirst', [CompletionResultType]::ParameterName, 'Start TLS before the server''s INFO (for servers with handshake_first)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'natsx;consumer;next' {
            [CompletionResult]::new('--count', '--count', [CompletionResultType]::ParameterName, 'How many messages')
            [CompletionResult]::new('--wait', '--wait', [CompletionResultType]::ParameterName, 'How long to wait for messages')
            [CompletionResult]::new('-s', '-s', [CompletionResultType]::ParameterName, 'NATS server URLs, comma separated [default: the context''s, else nats://127.0.0.1:4222]')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'NATS server URLs, comma separated [default: the context''s, else nats://127.0.0.1:4222]')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'The connection context to use (`natsx context`), instead of the selected one')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'Username or token')
            [CompletionResult]::new('--password', '--password', [CompletionResultType]::ParameterName, 'Password')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'Authentication token')
            [CompletionResult]::new('--creds', '--creds', [CompletionResultType]::ParameterName, 'User credentials file (JWT and seed)')
            [CompletionResult]::new('--nkey', '--nkey', [CompletionResultType]::ParameterName, 'NKey seed file')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Time to wait on connect and on responses (e.g. 5s, 500ms)')
            [CompletionResult]::new('--connection-name', '--connection-name', [CompletionResultType]::ParameterName, 'Name of this connection, as the server shows it')
            [CompletionResult]::new('--tlscert', '--tlscert', [CompletionResultType]::ParameterName, 'TLS client certificate file (with --tlskey)')
            [CompletionResult]::new('--tlskey', '--tlskey', [CompletionResultType]::ParameterName, 'TLS client key file')
            [CompletionResult]::new('--tlsca', '--tlsca', [CompletionResultType]::ParameterName, 'CA file that signed the server''s certificate (TLS is then required)')
            [CompletionResult]::new('--no-ack', '--no-ack', [CompletionResultType]::ParameterName, 'Do not acknowledge the messages')
            [CompletionResult]::new('--raw', '--raw', [CompletionResultType]::ParameterName, 'Bodies only')
            [CompletionResult]::new('--tlsfirst', '--tlsfirst', [CompletionResultType]::ParameterName, 'Start TLS before the server''s INFO (for servers with handshake_first)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'natsx;consumer;sub' {
            [CompletionResult]::new('--count', '--count', [CompletionResultType]::ParameterName, 'Stop after this many messages (0: run until interrupted)')
            [CompletionResult]::new('-s', '-s', [CompletionResultType]::ParameterName, 'NATS server URLs, comma separated [default: the context''s, else nats://127.0.0.1:4222]')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'NATS server URLs, comma separated [default: the context''s, else nats://127.0.0.1:4222]')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'The connection context to use (`natsx context`), instead of the selected one')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'Username or token')
            [CompletionResult]::new('--password', '--password', [CompletionResultType]::ParameterName, 'Password')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'Authentication token')
            [CompletionResult]::new('--creds', '--creds', [CompletionResultType]::ParameterName, 'User credentials file (JWT and seed)')
            [CompletionResult]::new('--nkey', '--nkey', [CompletionResultType]::ParameterName, 'NKey seed file')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Time to wait on connect and on responses (e.g. 5s, 500ms)')
            [CompletionResult]::new('--connection-name', '--connection-name', [CompletionResultType]::ParameterName, 'Name of this connection, as the server shows it')
            [CompletionResult]::new('--tlscert', '--tlscert', [CompletionResultType]::ParameterName, 'TLS client certificate file (with --tlskey)')
            [CompletionResult]::new('--tlskey', '--tlskey', [CompletionResultType]::ParameterName, 'TLS client key file')
            [CompletionResult]::new('--tlsca', '--tlsca', [CompletionResultType]::ParameterName, 'CA file that signed the server''s certificate (TLS is then required)')
            [CompletionResult]::new('--no-ack', '--no-ack', [CompletionResultType]::ParameterName, 'Do not acknowledge the messages')
            [CompletionResult]::new('--raw', '--raw', [CompletionResultType]::ParameterName, 'raw')
            [CompletionResult]::new('--tlsfirst', '--tlsfirst', [CompletionResultType]::ParameterName, 'Start TLS before the server''s INFO (for servers with handshake_first)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'natsx;consumer;help' {
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Create a consumer')
            [CompletionResult]::new('edit', 'edit', [CompletionResultType]::ParameterValue, 'Change a consumer''s configuration')
            [CompletionResult]::new('info', 'info', [CompletionResultType]::ParameterValue, 'Show a consumer''s configuration and state')
            [CompletionResult]::new('ls', 'ls', [CompletionResultType]::ParameterValue, 'List a stream''s consumers')
            [CompletionResult]::new('rm', 'rm', [CompletionResultType]::ParameterValue, 'Delete a consumer')
            [CompletionResult]::new('next', 'next', [CompletionResultType]::ParameterValue, 'Fetch messages from a pull consumer')
            [CompletionResult]::new('sub', 'sub', [CompletionResultType]::ParameterValue, 'Receive messages from a push consumer')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'natsx;consumer;help;add' {
            break
        }
        'natsx;consumer;help;edit' {
            break
        }
        'natsx;consumer;help;info' {
            break
        }
        'natsx;consumer;help;ls' {
            break
        }
        'natsx;consumer;help;rm' {
            break
        }
        'natsx;consumer;help;next' {
            break
        }
        'natsx;consumer;help;sub' {
            break
        }
        'natsx;consumer;help;help' {
            break
        }
        'natsx;kv' {
            [CompletionResult]::new('-s', '-s', [CompletionResultType]::ParameterName, 'NATS server URLs, comma separated [default: the context''s, else nats://127.0.0.1:4222]')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'NATS server URLs, comma separated [default: the context''s, else nats://127.0.0.1:4222]')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'The connection context to use (`natsx context`), instead of the selected one')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'Username or token')
            [CompletionResult]::new('--password', '--password', [CompletionResultType]::ParameterName, 'Password')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'Authentication token')
            [CompletionResult]::new('--creds', '--creds', [CompletionResultType]::ParameterName, 'User credentials file (JWT and seed)')
            [CompletionResult]::new('--nkey', '--nkey', [CompletionResultType]::ParameterName, 'NKey seed file')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Time to wait on connect and on responses (e.g. 5s, 500ms)')
            [CompletionResult]::new('--connection-name', '--connection-name', [CompletionResultType]::ParameterName, 'Name of this connection, as the server shows it')
            [CompletionResult]::new('--tlscert', '--tlscert', [CompletionResultType]::ParameterName, 'TLS client certificate file (with --tlskey)')
            [CompletionResult]::new('--tlskey', '--tlskey', [CompletionResultType]::ParameterName, 'TLS client key file')
            [CompletionResult]::new('--tlsca', '--tlsca', [CompletionResultType]::ParameterName, 'CA file that signed the server''s certificate (TLS is then required)')
            [CompletionResult]::new('--tlsfirst', '--tlsfirst', [CompletionResultType]::ParameterName, 'Start TLS before the server''s INFO (for servers with handshake_first)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Create a bucket')
            [CompletionResult]::new('info', 'info', [CompletionResultType]::ParameterValue, 'Show a bucket''s configuration and state')
            [CompletionResult]::new('ls', 'ls', [CompletionResultType]::ParameterValue, 'List buckets')
            [CompletionResult]::new('rm', 'rm', [CompletionResultType]::ParameterValue, 'Delete a bucket and all its values')
            [CompletionResult]::new('put', 'put', [CompletionResultType]::ParameterValue, 'Store a value')
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Show a value')
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Store a value only if the key has none')
            [CompletionResult]::new('update', 'update', [CompletionResultType]::ParameterValue, 'Replace a value only if it is still at the given revision (compare and set)')
            [CompletionResult]::new('del', 'del', [CompletionResultType]::ParameterValue, 'Delete a key (leaves a delete marker; history is kept)')
            [CompletionResult]::new('purge', 'purge', [CompletionResultType]::ParameterValue, 'Remove a key and its history (leaves a purge marker)')
            [CompletionResult]::new('history', 'history', [CompletionResultType]::ParameterValue, 'Show every stored revision of a key')
            [CompletionResult]::new('keys', 'keys', [CompletionResultType]::ParameterValue, 'List the keys that have a value')
            [CompletionResult]::new('watch', 'watch', [CompletionResultType]::ParameterValue, 'Print changes as they happen')
            [CompletionResult]::new('compact', 'compact', [CompletionResultType]::ParameterValue, 'Remove delete and purge markers left by deleted keys')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'natsx;kv;add' {
            [CompletionResult]::new('--history', '--history', [CompletionResultType]::ParameterName, 'Revisions kept per key')
            [CompletionResult]::new('--ttl', '--ttl', [CompletionResultType]::ParameterName, 'How long values live (e.g. 1h, 7d; 0 forever)')
            [CompletionResult]::new('--max-value-size', '--max-value-size', [CompletionResultType]::ParameterName, 'Largest value accepted (e.g. 1MB)')
            [CompletionResult]::new('--max-bucket-size', '--max-bucket-size', [CompletionResultType]::ParameterName, 'Largest total size of the bucket (e.g. 1GB)')
            [CompletionResult]::new('--storage', '--storage', [CompletionResultType]::ParameterName, 'file or memory')
            [CompletionResult]::new('--replicas', '--replicas', [CompletionResultType]::ParameterName, 'replicas')
            [CompletionResult]::new('--description', '--description', [CompletionResultType]::ParameterName, 'description')
            [CompletionResult]::new('--marker-ttl', '--marker-ttl', [CompletionResultType]::ParameterName, 'Leave markers for keys removed by the TTL, kept this long (e.g. 1m)')
            [CompletionResult]::new('-s', '-s', [CompletionResultType]::ParameterName, 'NATS server URLs, comma separated [default: the context''s, else nats://127.0.0.1:4222]')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'NATS server URLs, comma separated [default: the context''s, else nats://127.0.0.1:4222]')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'The connection context to use (`natsx context`), instead of the selected one')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'Username or token')
            [CompletionResult]::new('--password', '--password', [CompletionResultType]::ParameterName, 'Password')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'Authentication token')
            [CompletionResult]::new('--creds', '--creds', [CompletionResultType]::ParameterName, 'User credentials file (JWT and seed)')
            [CompletionResult]::new('--nkey', '--nkey', [CompletionResultType]::ParameterName, 'NKey seed file')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Time to wait on connect and on responses (e.g. 5s, 500ms)')
            [CompletionResult]::new('--connection-name', '--connection-name', [CompletionResultType]::ParameterName, 'Name of this connection, as the server shows it')
            [CompletionResult]::new('--tlscert', '--tlscert', [CompletionResultType]::ParameterName, 'TLS client certificate file (with --tlskey)')
            [CompletionResult]::new('--tlskey', '--tlskey', [CompletionResultType]::ParameterName, 'TLS client key file')
            [CompletionResult]::new('--tlsca', '--tlsca', [CompletionResultType]::ParameterName, 'CA file that signed the server''s certificate (TLS is then required)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'json')
            [CompletionResult]::new('--tlsfirst', '--tlsfirst', [CompletionResultType]::ParameterName, 'Start TLS before the server''s INFO (for servers with handshake_first)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'natsx;kv;info' {
            [CompletionResult]::new('-s', '-s', [CompletionResultType]::ParameterName, 'NATS server URLs, comma separated [default: the context''s, else nats://127.0.0.1:4222]')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'NATS server URLs, comma separated [default: the context''s, else nats://127.0.0.1:4222]')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'The connection context to use (`natsx context`), instead of the selected one')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'Username or token')
            [CompletionResult]::new('--password', '--password', [CompletionResultType]::ParameterName, 'Password')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'Authentication token')
            [CompletionResult]::new('--creds', '--creds', [CompletionResultType]::ParameterName, 'User credentials file (JWT and seed)')
            [CompletionResult]::new('--nkey', '--nkey', [CompletionResultType]::ParameterName, 'NKey seed file')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Time to wait on connect and on responses (e.g. 5s, 500ms)')
            [CompletionResult]::new('--connection-name', '--connection-name', [CompletionResultType]::ParameterName, 'Name of this connection, as the server shows it')
            [CompletionResult]::new('--tlscert', '--tlscert', [CompletionResultType]::ParameterName, 'TLS client certificate file (with --tlskey)')
            [CompletionResult]::new('--tlskey', '--tlskey', [CompletionResultType]::ParameterName, 'TLS client key file')
            [CompletionResult]::new('--tlsca', '--tlsca', [CompletionResultType]::ParameterName, 'CA file that signed the server''s certificate (TLS is then required)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'json')
            [CompletionResult]::new('--tlsfirst', '--tlsfirst', [CompletionResultType]::ParameterName, 'Start TLS before the server''s INFO (for servers with handshake_first)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'natsx;kv;ls' {
            [CompletionResult]::new('-s', '-s', [CompletionResultType]::ParameterName, 'NATS server URLs, comma separated [default: the context''s, else nats://127.0.0.1:4222]')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'NATS server URLs, comma separated [default: the context''s, else nats://127.0.0.1:4222]')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'The connection context to use (`natsx context`), instead of the selected one')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'Username or token')
            [CompletionResult]::new('--password', '--password', [CompletionResultType]::ParameterName, 'Password')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'Authentication token')
            [CompletionResult]::new('--creds', '--creds', [CompletionResultType]::ParameterName, 'User credentials file (JWT and seed)')
            [CompletionResult]::new('--nkey', '--nkey', [CompletionResultType]::ParameterName, 'NKey seed file')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Time to wait on connect and on responses (e.g. 5s, 500ms)')
            [CompletionResult]::new('--connection-name', '--connection-name', [CompletionResultType]::ParameterName, 'Name of this connection, as the server shows it')
            [CompletionResult]::new('--tlscert', '--tlscert', [CompletionResultType]::ParameterName, 'TLS client certificate file (with --tlskey)')
            [CompletionResult]::new('--tlskey', '--tlskey', [CompletionResultType]::ParameterName, 'TLS client key file')
            [CompletionResult]::new('--tlsca', '--tlsca', [CompletionResultType]::ParameterName, 'CA file that signed the server''s certificate (TLS is then required)')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'n')
            [CompletionResult]::new('--names', '--names', [CompletionResultType]::ParameterName, 'names')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'json')
            [CompletionResult]::new('--tlsfirst', '--tlsfirst', [CompletionResultType]::ParameterName, 'Start TLS before the server''s INFO (for servers with handshake_first)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'natsx;kv;rm' {
            [CompletionResult]::new('-s', '-s', [CompletionResultType]::ParameterName, 'NATS server URLs, comma separated [default: the context''s, else nats://127.0.0.1:4222]')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'NATS server URLs, comma separated [default: the context''s, else nats://127.0.0.1:4222]')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'The connection context to use (`natsx context`), instead of the selected one')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'Username or token')
            [CompletionResult]::new('--password', '--password', [CompletionResultType]::ParameterName, 'Password')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'Authentication token')
            [CompletionResult]::new('--creds', '--creds', [CompletionResultType]::ParameterName, 'User credentials file (JWT and seed)')
            [CompletionResult]::new('--nkey', '--nkey', [CompletionResultType]::ParameterName, 'NKey seed file')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Time to wait on connect and on responses (e.g. 5s, 500ms)')
            [CompletionResult]::new('--connection-name', '--connection-name', [CompletionResultType]::ParameterName, 'Name of this connection, as the server shows it')
            [CompletionResult]::new('--tlscert', '--tlscert', [CompletionResultType]::ParameterName, 'TLS client certificate file (with --tlskey)')
            [CompletionResult]::new('--tlskey', '--tlskey', [CompletionResultType]::ParameterName, 'TLS client key file')
            [CompletionResult]::new('--tlsca', '--tlsca', [CompletionResultType]::ParameterName, 'CA file that signed the server''s certificate (TLS is then required)')
            [CompletionResult]::new('-f', '-f', [CompletionResultType]::ParameterName, 'f')
            [CompletionResult]::new('--force', '--force', [CompletionResultType]::ParameterName, 'force')
            [CompletionResult]::new('--tlsfirst', '--tlsfirst', [CompletionResultType]::ParameterName, 'Start TLS before the server''s INFO (for servers with handshake_first)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'natsx;kv;put' {
            [CompletionResult]::new('-s', '-s', [CompletionResultType]::ParameterName, 'NATS server URLs, comma separated [default: the context''s, else nats://127.0.0.1:4222]')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'NATS server URLs, comma separated [default: the context''s, else nats://127.0.0.1:4222]')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'The connection context to use (`natsx context`), instead of the selected one')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'Username or token')
            [CompletionResult]::new('--password', '--password', [CompletionResultType]::ParameterName, 'Password')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'Authentication token')
            [CompletionResult]::new('--creds', '--creds', [CompletionResultType]::ParameterName, 'User credentials file (JWT and seed)')
            [CompletionResult]::new('--nkey', '--nkey', [CompletionResultType]::ParameterName, 'NKey seed file')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Time to wait on connect and on responses (e.g. 5s, 500ms)')
            [CompletionResult]::new('--connection-name', '--connection-name', [CompletionResultType]::ParameterName, 'Name of this connection, as the server shows it')
            [CompletionResult]::new('--tlscert', '--tlscert', [CompletionResultType]::ParameterName, 'TLS client certificate file (with --tlskey)')
            [CompletionResult]::new('--tlskey', '--tlskey', [CompletionResultType]::ParameterName, 'TLS client key file')
            [CompletionResult]::new('--tlsca', '--tlsca', [CompletionResultType]::ParameterName, 'CA file that signed the server''s certificate (TLS is then required)')
            [CompletionResult]::new('--tlsfirst', '--tlsfirst', [CompletionResultType]::ParameterName, 'Start TLS before the server''s INFO (for servers with handshake_first)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'natsx;kv;get' {
            [CompletionResult]::new('--revision', '--revision', [CompletionResultType]::ParameterName, 'A specific revision')
            [CompletionResult]::new('-s', '-s', [CompletionResultType]::ParameterName, 'NATS server URLs, comma separated [default: the context''s, else nats://127.0.0.1:4222]')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'NATS server URLs, comma separated [default: the context''s, else nats://127.0.0.1:4222]')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'The connection context to use (`natsx context`), instead of the selected one')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'Username or token')
            [CompletionResult]::new('--password', '--password', [CompletionResultType]::ParameterName, 'Password')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'Authentication token')
            [CompletionResult]::new('--creds', '--creds', [CompletionResultType]::ParameterName, 'User credentials file (JWT and seed)')
            [CompletionResult]::new('--nkey', '--nkey', [CompletionResultType]::ParameterName, 'NKey seed file')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Time to wait on connect and on responses (e.g. 5s, 500ms)')
            [CompletionResult]::new('--connection-name', '--connection-name', [CompletionResultType]::ParameterName, 'Name of this connection, as the server shows it')
            [CompletionResult]::new('--tlscert', '--tlscert', [CompletionResultType]::ParameterName, 'TLS client certificate file (with --tlskey)')
            [CompletionResult]::new('--tlskey', '--tlskey', [CompletionResultType]::ParameterName, 'TLS client key file')
            [CompletionResult]::new('--tlsca', '--tlsca', [CompletionResultType]::ParameterName, 'CA file that signed the server''s certificate (TLS is then required)')
            [CompletionResult]::new('--raw', '--raw', [CompletionResultType]::ParameterName, 'The value only')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'json')
            [CompletionResult]::new('--tlsfirst', '--tlsfirst', [CompletionResultType]::ParameterName, 'Start TLS before the server''s INFO (for servers with handshake_first)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'natsx;kv;create' {
            [CompletionResult]::new('--ttl', '--ttl', [CompletionResultType]::ParameterName, 'This value expires after (e.g. 10m); needs a bucket made with --marker-ttl')
            [CompletionResult]::new('-s', '-s', [CompletionResultType]::ParameterName, 'NATS server URLs, comma separated [default: the context''s, else nats://127.0.0.1:4222]')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'NATS server URLs, comma separated [default: the context''s, else nats://127.0.0.1:4222]')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'The connection context to use (`natsx context`), instead of the selected one')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'Username or token')
            [CompletionResult]::new('--password', '--password', [CompletionResultType]::ParameterName, 'Password')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'Authentication token')
            [CompletionResult]::new('--creds', '--creds', [CompletionResultType]::ParameterName, 'User credentials file (JWT and seed)')
            [CompletionResult]::new('--nkey', '--nkey', [CompletionResultType]::ParameterName, 'NKey seed file')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Time to wait on connect and on responses (e.g. 5s, 500ms)')
            [CompletionResult]::new('--connection-name', '--connection-name', [CompletionResultType]::ParameterName, 'Name of this connection, as the server shows it')
            [CompletionResult]::new('--tlscert', '--tlscert', [CompletionResultType]::ParameterName, 'TLS client certificate file (with --tlskey)')
            [CompletionResult]::new('--tlskey', '--tlskey', [CompletionResultType]::ParameterName, 'TLS client key file')
            [CompletionResult]::new('--tlsca', '--tlsca', [CompletionResultType]::ParameterName, 'CA file that signed the server''s certificate (TLS is then required)')
            [CompletionResult]::new('--tlsfirst', '--tlsfirst', [CompletionResultType]::ParameterName, 'Start TLS before the server''s INFO (for servers with handshake_first)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'natsx;kv;update' {
            [CompletionResult]::new('-s', '-s', [CompletionResultType]::ParameterName, 'NATS server URLs, comma separated [default: the context''s, else nats://127.0.0.1:4222]')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'NATS server URLs, comma separated [default: the context''s, else nats://127.0.0.1:4222]')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'The connection context to use (`natsx context`), instead of the selected one')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'Username or token')
            [CompletionResult]::new('--password', '--password', [CompletionResultType]::ParameterName, 'Password')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'Authentication token')
            [CompletionResult]::new('--creds', '--creds', [CompletionResultType]::ParameterName, 'User credentials file (JWT and seed)')
            [CompletionResult]::new('--nkey', '--nkey', [CompletionResultType]::ParameterName, 'NKey seed file')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Time to wait on connect and on responses (e.g. 5s, 500ms)')
            [CompletionResult]::new('--connection-name', '--connection-name', [CompletionResultType]::ParameterName, 'Name of this connection, as the server shows it')
            [CompletionResult]::new('--tlscert', '--tlscert', [CompletionResultType]::ParameterName, 'TLS client certificate file (with --tlskey)')
            [CompletionResult]::new('--tlskey', '--tlskey', [CompletionResultType]::ParameterName, 'TLS client key file')
            [CompletionResult]::new('--tlsca', '--tlsca', [CompletionResultType]::ParameterName, 'CA file that signed the server''s certificate (TLS is then required)')
            [CompletionResult]::new('--tlsfirst', '--tlsfirst', [CompletionResultType]::ParameterName, 'Start TLS before the server''s INFO (for servers with handshake_first)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'natsx;kv;del' {
            [CompletionResult]::new('-s', '-s', [CompletionResultType]::ParameterName, 'NATS server URLs, comma separated [default: the context''s, else nats://127.0.0.1:4222]')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'NATS server URLs, comma separated [default: the context''s, else nats://127.0.0.1:4222]')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'The connection context to use (`natsx context`), instead of the selected one')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'Username or token')
            [CompletionResult]::new('--password', '--password', [CompletionResultType]::ParameterName, 'Password')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'Authentication token')
            [CompletionResult]::new('--creds', '--creds', [CompletionResultType]::ParameterName, 'User credentials file (JWT and seed)')
            [CompletionResult]::new('--nkey', '--nkey', [CompletionResultType]::ParameterName, 'NKey seed file')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Time to wait on connect and on responses (e.g. 5s, 500ms)')
            [CompletionResult]::new('--connection-name', '--connection-name', [CompletionResultType]::ParameterName, 'Name of this connection, as the server shows it')
            [CompletionResult]::new('--tlscert', '--tlscert', [CompletionResultType]::ParameterName, 'TLS client certificate file (with --tlskey)')
            [CompletionResult]::new('--tlskey', '--tlskey', [CompletionResultType]::ParameterName, 'TLS client key file')
            [CompletionResult]::new('--tlsca', '--tlsca', [CompletionResultType]::ParameterName, 'CA file that signed the server''s certificate (TLS is then required)')
            [CompletionResult]::new('-f', '-f', [CompletionResultType]::ParameterName, 'f')
            [CompletionResult]::new('--force', '--force', [CompletionResultType]::ParameterName, 'force')
            [CompletionResult]::new('--tlsfirst', '--tlsfirst', [CompletionResultType]::ParameterName, 'Start TLS before the server''s INFO (for servers with handshake_first)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'natsx;kv;purge' {
            [CompletionResult]::new('-s', '-s', [CompletionResultType]::ParameterName, 'NATS server URLs, comma separated [default: the context''s, else nats://127.0.0.1:4222]')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'NATS server URLs, comma separated [default: the context''s, else nats://127.0.0.1:4222]')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'The connection context to use (`natsx context`), instead of the selected one')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'Username or token')
            [CompletionResult]::new('--password', '--password', [CompletionResultType]::ParameterName, 'Password')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'Authentication token')
            [CompletionResult]::new('--creds', '--creds', [CompletionResultType]::ParameterName, 'User credentials file (JWT and seed)')
            [CompletionResult]::new('--nkey', '--nkey', [CompletionResultType]::ParameterName, 'NKey seed file')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Time to wait on connect and on responses (e.g. 5s, 500ms)')
            [CompletionResult]::new('--connection-name', '--connection-name', [CompletionResultType]::ParameterName, 'Name of this connection, as the server shows it')
            [CompletionResult]::new('--tlscert', '--tlscert', [CompletionResultType]::ParameterName, 'TLS client certificate file (with --tlskey)')
            [CompletionResult]::new('--tlskey', '--tlskey', [CompletionResultType]::ParameterName, 'TLS client key file')
            [CompletionResult]::new('--tlsca', '--tlsca', [CompletionResultType]::ParameterName, 'CA file that signed the server''s certificate (TLS is then required)')
            [CompletionResult]::new('-f', '-f', [CompletionResultType]::ParameterName, 'f')
            [CompletionResult]::new('--force', '--force', [CompletionResultType]::ParameterName, 'force')
            [CompletionResult]::new('--tlsfirst', '--tlsfirst', [CompletionResultType]::ParameterName, 'Start TLS before the server''s INFO (for servers with handshake_first)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'natsx;kv;history' {
            [CompletionResult]::new('-s', '-s', [CompletionResultType]::ParameterName, 'NATS server URLs, comma separated [default: the context''s, else nats://127.0.0.1:4222]')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'NATS server URLs, comma separated [default: the context''s, else nats://127.0.0.1:4222]')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'The connection context to use (`natsx context`), instead of the selected one')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'Username or token')
            [CompletionResult]::new('--password', '--password', [CompletionResultType]::ParameterName, 'Password')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'Authentication token')
            [CompletionResult]::new('--creds', '--creds', [CompletionResultType]::ParameterName, 'User credentials file (JWT and seed)')
            [CompletionResult]::new('--nkey', '--nkey', [CompletionResultType]::ParameterName, 'NKey seed file')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Time to wait on connect and on responses (e.g. 5s, 500ms)')
            [CompletionResult]::new('--connection-name', '--connection-name', [CompletionResultType]::ParameterName, 'Name of this connection, as the server shows it')
            [CompletionResult]::new('--tlscert', '--tlscert', [CompletionResultType]::ParameterName, 'TLS client certificate file (with --tlskey)')
            [CompletionResult]::new('--tlskey', '--tlskey', [CompletionResultType]::ParameterName, 'TLS client key file')
            [CompletionResult]::new('--tlsca', '--tlsca', [CompletionResultType]::ParameterName, 'CA file that signed the server''s certificate (TLS is then required)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'json')
            [CompletionResult]::new('--tlsfirst', '--tlsfirst', [CompletionResultType]::ParameterName, 'Start TLS before the server''s INFO (for servers with handshake_first)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'natsx;kv;keys' {
            [CompletionResult]::new('-s', '-s', [CompletionResultType]::ParameterName, 'NATS server URLs, comma separated [default: the context''s, else nats://127.0.0.1:4222]')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'NATS server URLs, comma separated [default: the context''s, else nats://127.0.0.1:4222]')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'The connection context to use (`natsx context`), instead of the selected one')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'Username or token')
            [CompletionResult]::new('--password', '--password', [CompletionResultType]::ParameterName, 'Password')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'Authentication token')
            [CompletionResult]::new('--creds', '--creds', [CompletionResultType]::ParameterName, 'User credentials file (JWT and seed)')
            [CompletionResult]::new('--nkey', '--nkey', [CompletionResultType]::ParameterName, 'NKey seed file')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Time to wait on connect and on responses (e.g. 5s, 500ms)')
            [CompletionResult]::new('--connection-name', '--connection-name', [CompletionResultType]::ParameterName, 'Name of this connection, as the server shows it')
            [CompletionResult]::new('--tlscert', '--tlscert', [CompletionResultType]::ParameterName, 'TLS client certificate file (with --tlskey)')
            [CompletionResult]::new('--tlskey', '--tlskey', [CompletionResultType]::ParameterName, 'TLS client key file')
            [CompletionResult]::new('--tlsca', '--tlsca', [CompletionResultType]::ParameterName, 'CA file that signed the server''s certificate (TLS is then required)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'json')
            [CompletionResult]::new('--tlsfirst', '--tlsfirst', [CompletionResultType]::ParameterName, 'Start TLS before the server''s INFO (for servers with handshake_first)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'natsx;kv;watch' {
            [CompletionResult]::new('--count', '--count', [CompletionResultType]::ParameterName, 'Stop after this many updates (0: until interrupted)')
            [CompletionResult]::new('-s', '-s', [CompletionResultType]::ParameterName, 'NATS server URLs, comma separated [default: the context''s, else nats://127.0.0.1:4222]')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'NATS server URLs, comma separated [default: the context''s, else nats://127.0.0.1:4222]')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'The connection context to use (`natsx context`), instead of the selected one')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'Username or token')
            [CompletionResult]::new('--password', '--password', [CompletionResultType]::ParameterName, 'Password')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'Authentication token')
            [CompletionResult]::new('--creds', '--creds', [CompletionResultType]::ParameterName, 'User credentials file (JWT and seed)')
            [CompletionResult]::new('--nkey', '--nkey', [CompletionResultType]::ParameterName, 'NKey seed file')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Time to wait on connect and on responses (e.g. 5s, 500ms)')
            [CompletionResult]::new('--connection-name', '--connection-name', [CompletionResultType]::ParameterName, 'Name of this connection, as the server shows it')
            [CompletionResult]::new('--tlscert', '--tlscert', [CompletionResultType]::ParameterName, 'TLS client certificate file (with --tlskey)')
            [CompletionResult]::new('--tlskey', '--tlskey', [CompletionResultType]::ParameterName, 'TLS client key file')
            [CompletionResult]::new('--tlsca', '--tlsca', [CompletionResultType]::ParameterName, 'CA file that signed the server''s certificate (TLS is then required)')
            [CompletionResult]::new('--history', '--history', [CompletionResultType]::ParameterName, 'Start with the current values')
            [CompletionResult]::new('--tlsfirst', '--tlsfirst', [CompletionResultType]::ParameterName, 'Start TLS before the server''s INFO (for servers with handshake_first)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'natsx;kv;compact' {
            [CompletionResult]::new('--keep-newer', '--keep-newer', [CompletionResultType]::ParameterName, 'Markers younger than this stay (their history goes), so watchers still see recent deletes; older ones go entirely')
            [CompletionResult]::new('-s', '-s', [CompletionResultType]::ParameterName, 'NATS server URLs, comma separated [default: the context''s, else nats://127.0.0.1:4222]')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'NATS server URLs, comma separated [default: the context''s, else nats://127.0.0.1:4222]')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'The connection context to use (`natsx context`), instead of the selected one')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'Username or token')
            [CompletionResult]::new('--password', '--password', [CompletionResultType]::ParameterName, 'Password')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'Authentication token')
            [CompletionResult]::new('--creds', '--creds', [CompletionResultType]::ParameterName, 'User credentials file (JWT and seed)')
            [CompletionResult]::new('--nkey', '--nkey', [CompletionResultType]::ParameterName, 'NKey seed file')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Time to wait on connect and on responses (e.g. 5s, 500ms)')
            [CompletionResult]::new('--connection-name', '--connection-name', [CompletionResultType]::ParameterName, 'Name of this connection, as the server shows it')
            [CompletionResult]::new('--tlscert', '--tlscert', [CompletionResultType]::ParameterName, 'TLS client certificate file (with --tlskey)')
            [CompletionResult]::new('--tlskey', '--tlskey', [CompletionResultType]::ParameterName, 'TLS client key file')
            [CompletionResult]::new('--tlsca', '--tlsca', [CompletionResultType]::ParameterName, 'CA file that signed the server''s certificate (TLS is then required)')
            [CompletionResult]::new('-f', '-f', [CompletionResultType]::ParameterName, 'f')
            [CompletionResult]::new('--force', '--force', [CompletionResultType]::ParameterName, 'force')
            [CompletionResult]::new('--tlsfirst', '--tlsfirst', [CompletionResultType]::ParameterName, 'Start TLS before the server''s INFO (for servers with handshake_first)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'natsx;kv;help' {
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Create a bucket')
            [CompletionResult]::new('info', 'info', [CompletionResultType]::ParameterValue, 'Show a bucket''s configuration and state')
            [CompletionResult]::new('ls', 'ls', [CompletionResultType]::ParameterValue, 'List buckets')
            [CompletionResult]::new('rm', 'rm', [CompletionResultType]::ParameterValue, 'Delete a bucket and all its values')
            [CompletionResult]::new('put', 'put', [CompletionResultType]::ParameterValue, 'Store a value')
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Show a value')
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Store a value only if the key has none')
            [CompletionResult]::new('update', 'update', [CompletionResultType]::ParameterValue, 'Replace a value only if it is still at the given revision (compare and set)')
            [CompletionResult]::new('del', 'del', [CompletionResultType]::ParameterValue, 'Delete a key (leaves a delete marker; history is kept)')
            [CompletionResult]::new('purge', 'purge', [CompletionResultType]::ParameterValue, 'Remove a key and its history (leaves a purge marker)')
            [CompletionResult]::new('history', 'history', [CompletionResultType]::ParameterValue, 'Show every stored revision of a key')
            [CompletionResult]::new('keys', 'keys', [CompletionResultType]::ParameterValue, 'List the keys that have a value')
            [CompletionResult]::new('watch', 'watch', [CompletionResultType]::ParameterValue, 'Print changes as they happen')
            [CompletionResult]::new('compact', 'compact', [CompletionResultType]::ParameterValue, 'Remove delete and purge markers left by deleted keys')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'natsx;kv;help;add' {
            break
        }
        'natsx;kv;help;info' {
            break
        }
        'natsx;kv;help;ls' {
            break
        }
        'natsx;kv;help;rm' {
            break
        }
        'natsx;kv;help;put' {
            break
        }
        'natsx;kv;help;get' {
            break
        }
        'natsx;kv;help;create' {
            break
        }
        'natsx;kv;help;update' {
            break
        }
        'natsx;kv;help;del' {
            break
        }
        'natsx;kv;help;purge' {
            break
        }
        'natsx;kv;help;history' {
            break
        }
        'natsx;kv;help;keys' {
            break
        }
        'natsx;kv;help;watch' {
            break
        }
        'natsx;kv;help;compact' {
            break
        }
        'natsx;kv;help;help' {
            break
        }
        'natsx;obj' {
            [CompletionResult]::new('-s', '-s', [CompletionResultType]::ParameterName, 'NATS server URLs, comma separated [default: the context''s, else nats://127.0.0.1:4222]')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'NATS server URLs, comma separated [default: the context''s, else nats://127.0.0.1:4222]')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'The connection context to use (`natsx context`), instead of the selected one')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'Username or token')
            [CompletionResult]::new('--password', '--password', [CompletionResultType]::ParameterName, 'Password')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'Authentication token')
            [CompletionResult]::new('--creds', '--creds', [CompletionResultType]::ParameterName, 'User credentials file (JWT and seed)')
            [CompletionResult]::new('--nkey', '--nkey', [CompletionResultType]::ParameterName, 'NKey seed file')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Time to wait on connect and on responses (e.g. 5s, 500ms)')
            [CompletionResult]::new('--connection-name', '--connection-name', [CompletionResultType]::ParameterName, 'Name of this connection, as the server shows it')
            [CompletionResult]::new('--tlscert', '--tlscert', [CompletionResultType]::ParameterName, 'TLS client certificate file (with --tlskey)')
            [CompletionResult]::new('--tlskey', '--tlskey', [CompletionResultType]::ParameterName, 'TLS client key file')
            [CompletionResult]::new('--tlsca', '--tlsca', [CompletionResultType]::ParameterName, 'CA file that signed the server''s certificate (TLS is then required)')
            [CompletionResult]::new('--tlsfirst', '--tlsfirst', [CompletionResultType]::ParameterName, 'Start TLS before the server''s INFO (for servers with handshake_first)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Create a bucket')
            [CompletionResult]::new('info', 'info', [CompletionResultType]::ParameterValue, 'Show a bucket, or one object in it')
            [CompletionResult]::new('ls', 'ls', [CompletionResultType]::ParameterValue, 'List buckets, or the objects in one')
            [CompletionResult]::new('rm', 'rm', [CompletionResultType]::ParameterValue, 'Delete a bucket and everything in it')
            [CompletionResult]::new('put', 'put', [CompletionResultType]::ParameterValue, 'Upload a file (or standard input with `-`)')
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Download an object to a file (or standard output with `-O -`)')
            [CompletionResult]::new('del', 'del', [CompletionResultType]::ParameterValue, 'Delete an object')
            [CompletionResult]::new('seal', 'seal', [CompletionResultType]::ParameterValue, 'Make a bucket read-only')
            [CompletionResult]::new('watch', 'watch', [CompletionResultType]::ParameterValue, 'Print changes to a bucket as they happen')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'natsx;obj;add' {
            [CompletionResult]::new('--ttl', '--ttl', [CompletionResultType]::ParameterName, 'How long objects live (e.g. 7d; 0 forever)')
            [CompletionResult]::new('--max-bucket-size', '--max-bucket-size', [CompletionResultType]::ParameterName, 'Largest total size of the bucket (e.g. 10GB)')
            [CompletionResult]::new('--storage', '--storage', [CompletionResultType]::ParameterName, 'file or memory')
            [CompletionResult]::new('--replicas', '--replicas', [CompletionResultType]::ParameterName, 'replicas')
            [CompletionResult]::new('--description', '--description', [CompletionResultType]::ParameterName, 'description')
            [CompletionResult]::new('-s', '-s', [CompletionResultType]::ParameterName, 'NATS server URLs, comma separated [default: the context''s, else nats://127.0.0.1:4222]')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'NATS server URLs, comma separated [default: the context''s, else nats://127.0.0.1:4222]')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'The connection context to use (`natsx context`), instead of the selected one')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'Username or token')
            [CompletionResult]::new('--password', '--password', [CompletionResultType]::ParameterName, 'Password')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'Authentication token')
            [CompletionResult]::new('--creds', '--creds', [CompletionResultType]::ParameterName, 'User credentials file (JWT and seed)')
            [CompletionResult]::new('--nkey', '--nkey', [CompletionResultType]::ParameterName, 'NKey seed file')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Time to wait on connect and on responses (e.g. 5s, 500ms)')
            [CompletionResult]::new('--connection-name', '--connection-name', [CompletionResultType]::ParameterName, 'Name of this connection, as the server shows it')
            [CompletionResult]::new('--tlscert', '--tlscert', [CompletionResultType]::ParameterName, 'TLS client certificate file (with --tlskey)')
            [CompletionResult]::new('--tlskey', '--tlskey', [CompletionResultType]::ParameterName, 'TLS client key file')
            [CompletionResult]::new('--tlsca', '--tlsca', [CompletionResultType]::ParameterName, 'CA file that signed the server''s certificate (TLS is then required)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'json')
            [CompletionResult]::new('--tlsfirst', '--tlsfirst', [CompletionResultType]::ParameterName, 'Start TLS before the server''s INFO (for servers with handshake_first)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'natsx;obj;info' {
            [CompletionResult]::new('-s', '-s', [CompletionResultType]::ParameterName, 'NATS server URLs, comma separated [default: the context''s, else nats://127.0.0.1:4222]')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'NATS server URLs, comma separated [default: the context''s, else nats://127.0.0.1:4222]')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'The connection context to use (`natsx context`), instead of the selected one')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'Username or token')
            [CompletionResult]::new('--password', '--password', [CompletionResultType]::ParameterName, 'Password')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'Authentication token')
            [CompletionResult]::new('--creds', '--creds', [CompletionResultType]::ParameterName, 'User credentials file (JWT and seed)')
            [CompletionResult]::new('--nkey', '--nkey', [CompletionResultType]::ParameterName, 'NKey seed file')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Time to wait on connect and on responses (e.g. 5s, 500ms)')
            [CompletionResult]::new('--connection-name', '--connection-name', [CompletionResultType]::ParameterName, 'Name of this connection, as the server shows it')
            [CompletionResult]::new('--tlscert', '--tlscert', [CompletionResultType]::ParameterName, 'TLS client certificate file (with --tlskey)')
            [CompletionResult]::new('--tlskey', '--tlskey', [CompletionResultType]::ParameterName, 'TLS client key file')
            [CompletionResult]::new('--tlsca', '--tlsca', [CompletionResultType]::ParameterName, 'CA file that signed the server''s certificate (TLS is then required)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'json')
            [CompletionResult]::new('--tlsfirst', '--tlsfirst', [CompletionResultType]::ParameterName, 'Start TLS before the server''s INFO (for servers with handshake_first)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'natsx;obj;ls' {
            [CompletionResult]::new('-s', '-s', [CompletionResultType]::ParameterName, 'NATS server URLs, comma separated [default: the context''s, else nats://127.0.0.1:4222]')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'NATS server URLs, comma separated [default: the context''s, else nats://127.0.0.1:4222]')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'The connection context to use (`natsx context`), instead of the selected one')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'Username or token')
            [CompletionResult]::new('--password', '--password', [CompletionResultType]::ParameterName, 'Password')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'Authentication token')
            [CompletionResult]::new('--creds', '--creds', [CompletionResultType]::ParameterName, 'User credentials file (JWT and seed)')
            [CompletionResult]::new('--nkey', '--nkey', [CompletionResultType]::ParameterName, 'NKey seed file')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Time to wait on connect and on responses (e.g. 5s, 500ms)')
            [CompletionResult]::new('--connection-name', '--connection-name', [CompletionResultType]::ParameterName, 'Name of this connection, as the server shows it')
            [CompletionResult]::new('--tlscert', '--tlscert', [CompletionResultType]::ParameterName, 'TLS client certificate file (with --tlskey)')
            [CompletionResult]::new('--tlskey', '--tlskey', [CompletionResultType]::ParameterName, 'TLS client key file')
            [CompletionResult]::new('--tlsca', '--tlsca', [CompletionResultType]::ParameterName, 'CA file that signed the server''s certificate (TLS is then required)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'json')
            [CompletionResult]::new('--tlsfirst', '--tlsfirst', [CompletionResultType]::ParameterName, 'Start TLS before the server''s INFO (for servers with handshake_first)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'natsx;obj;rm' {
            [CompletionResult]::new('-s', '-s', [CompletionResultType]::ParameterName, 'NATS server URLs, comma separated [default: the context''s, else nats://127.0.0.1:4222]')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'NATS server URLs, comma separated [default: the context''s, else nats://127.0.0.1:4222]')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'The connection context to use (`natsx context`), instead of the selected one')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'Username or token')
            [CompletionResult]::new('--password', '--password', [CompletionResultType]::ParameterName, 'Password')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'Authentication token')
            [CompletionResult]::new('--creds', '--creds', [CompletionResultType]::ParameterName, 'User credentials file (JWT and seed)')
            [CompletionResult]::new('--nkey', '--nkey', [CompletionResultType]::ParameterName, 'NKey seed file')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Time to wait on connect and on responses (e.g. 5s, 500ms)')
            [CompletionResult]::new('--connection-name', '--connection-name', [CompletionResultType]::ParameterName, 'Name of this connection, as the server shows it')
            [CompletionResult]::new('--tlscert', '--tlscert', [CompletionResultType]::ParameterName, 'TLS client certificate file (with --tlskey)')
            [CompletionResult]::new('--tlskey', '--tlskey', [CompletionResultType]::ParameterName, 'TLS client key file')
            [CompletionResult]::new('--tlsca', '--tlsca', [CompletionResultType]::ParameterName, 'CA file that signed the server''s certificate (TLS is then required)')
            [CompletionResult]::new('-f', '-f', [CompletionResultType]::ParameterName, 'f')
            [CompletionResult]::new('--force', '--force', [CompletionResultType]::ParameterName, 'force')
            [CompletionResult]::new('--tlsfirst', '--tlsfirst', [CompletionResultType]::ParameterName, 'Start TLS before the server''s INFO (for servers with handshake_first)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'natsx;obj;put' {
            [CompletionResult]::new('--name', '--name', [CompletionResultType]::ParameterName, 'Object name (default: the file''s name)')
            [CompletionResult]::new('--description', '--description', [CompletionResultType]::ParameterName, 'description')
            [CompletionResult]::new('-s', '-s', [CompletionResultType]::ParameterName, 'NATS server URLs, comma separated [default: the context''s, else nats://127.0.0.1:4222]')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'NATS server URLs, comma separated [default: the context''s, else nats://127.0.0.1:4222]')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'The connection context to use (`natsx context`), instead of the selected one')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'Username or token')
            [CompletionResult]::new('--password', '--password', [CompletionResultType]::ParameterName, 'Password')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'Authentication token')
            [CompletionResult]::new('--creds', '--creds', [CompletionResultType]::ParameterName, 'User credentials file (JWT and seed)')
            [CompletionResult]::new('--nkey', '--nkey', [CompletionResultType]::ParameterName, 'NKey seed file')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Time to wait on connect and on responses (e.g. 5s, 500ms)')
            [CompletionResult]::new('--connection-name', '--connection-name', [CompletionResultType]::ParameterName, 'Name of this connection, as the server shows it')
            [CompletionResult]::new('--tlscert', '--tlscert', [CompletionResultType]::ParameterName, 'TLS client certificate file (with --tlskey)')
            [CompletionResult]::new('--tlskey', '--tlskey', [CompletionResultType]::ParameterName, 'TLS client key file')
            [CompletionResult]::new('--tlsca', '--tlsca', [CompletionResultType]::ParameterName, 'CA file that signed the server''s certificate (TLS is then required)')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'No progress bar')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'json')
            [CompletionResult]::new('--tlsfirst', '--tlsfirst', [CompletionResultType]::ParameterName, 'Start TLS before the server''s INFO (for servers with handshake_first)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'natsx;obj;get' {
            [CompletionResult]::new('-O', '-O ', [CompletionResultType]::ParameterName, 'Where to write it (default: the object''s name); `-` writes standard output')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Where to write it (default: the object''s name); `-` writes standard output')
            [CompletionResult]::new('-s', '-s', [CompletionResultType]::ParameterName, 'NATS server URLs, comma separated [default: the context''s, else nats://127.0.0.1:4222]')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'NATS server URLs, comma separated [default: the context''s, else nats://127.0.0.1:4222]')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'The connection context to use (`natsx context`), instead of the selected one')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'Username or token')
            [CompletionResult]::new('--password', '--password', [CompletionResultType]::ParameterName, 'Password')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'Authentication token')
            [CompletionResult]::new('--creds', '--creds', [CompletionResultType]::ParameterName, 'User credentials file (JWT and seed)')
            [CompletionResult]::new('--nkey', '--nkey', [CompletionResultType]::ParameterName, 'NKey seed file')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Time to wait on connect and on responses (e.g. 5s, 500ms)')
            [CompletionResult]::new('--connection-name', '--connection-name', [CompletionResultType]::ParameterName, 'Name of this connection, as the server shows it')
            [CompletionResult]::new('--tlscert', '--tlscert', [CompletionResultType]::ParameterName, 'TLS client certificate file (with --tlskey)')
            [CompletionResult]::new('--tlskey', '--tlskey', [CompletionResultType]::ParameterName, 'TLS client key file')
            [CompletionResult]::new('--tlsca', '--tlsca', [CompletionResultType]::ParameterName, 'CA file that signed the server''s certificate (TLS is then required)')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'No progress bar')
            [CompletionResult]::new('--tlsfirst', '--tlsfirst', [CompletionResultType]::ParameterName, 'Start TLS before the server''s INFO (for servers with handshake_first)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'natsx;obj;del' {
            [CompletionResult]::new('-s', '-s', [CompletionResultType]::ParameterName, 'NATS server URLs, comma separated [default: the context''s, else nats://127.0.0.1:4222]')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'NATS server URLs, comma separated [default: the context''s, else nats://127.0.0.1:4222]')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'The connection context to use (`natsx context`), instead of the selected one')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'Username or token')
            [CompletionResult]::new('--password', '--password', [CompletionResultType]::ParameterName, 'Password')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'Authentication token')
            [CompletionResult]::new('--creds', '--creds', [CompletionResultType]::ParameterName, 'User credentials file (JWT and seed)')
            [CompletionResult]::new('--nkey', '--nkey', [CompletionResultType]::ParameterName, 'NKey seed file')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Time to wait on connect and on responses (e.g. 5s, 500ms)')
            [CompletionResult]::new('--connection-name', '--connection-name', [CompletionResultType]::ParameterName, 'Name of this connection, as the server shows it')
            [CompletionResult]::new('--tlscert', '--tlscert', [CompletionResultType]::ParameterName, 'TLS client certificate file (with --tlskey)')
            [CompletionResult]::new('--tlskey', '--tlskey', [CompletionResultType]::ParameterName, 'TLS client key file')
            [CompletionResult]::new('--tlsca', '--tlsca', [CompletionResultType]::ParameterName, 'CA file that signed the server''s certificate (TLS is then required)')
            [CompletionResult]::new('-f', '-f', [CompletionResultType]::ParameterName, 'f')
            [CompletionResult]::new('--force', '--force', [CompletionResultType]::ParameterName, 'force')
            [CompletionResult]::new('--tlsfirst', '--tlsfirst', [CompletionResultType]::ParameterName, 'Start TLS before the server''s INFO (for servers with handshake_first)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'natsx;obj;seal' {
            [CompletionResult]::new('-s', '-s', [CompletionResultType]::ParameterName, 'NATS server URLs, comma separated [default: the context''s, else nats://127.0.0.1:4222]')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'NATS server URLs, comma separated [default: the context''s, else nats://127.0.0.1:4222]')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'The connection context to use (`natsx context`), instead of the selected one')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'Username or token')
            [CompletionResult]::new('--password', '--password', [CompletionResultType]::ParameterName, 'Password')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'Authentication token')
            [CompletionResult]::new('--creds', '--creds', [CompletionResultType]::ParameterName, 'User credentials file (JWT and seed)')
            [CompletionResult]::new('--nkey', '--nkey', [CompletionResultType]::ParameterName, 'NKey seed file')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Time to wait on connect and on responses (e.g. 5s, 500ms)')
            [CompletionResult]::new('--connection-name', '--connection-name', [CompletionResultType]::ParameterName, 'Name of this connection, as the server shows it')
            [CompletionResult]::new('--tlscert', '--tlscert', [CompletionResultType]::ParameterName, 'TLS client certificate file (with --tlskey)')
            [CompletionResult]::new('--tlskey', '--tlskey', [CompletionResultType]::ParameterName, 'TLS client key file')
            [CompletionResult]::new('--tlsca', '--tlsca', [CompletionResultType]::ParameterName, 'CA file that signed the server''s certificate (TLS is then required)')
            [CompletionResult]::new('-f', '-f', [CompletionResultType]::ParameterName, 'f')
            [CompletionResult]::new('--force', '--force', [CompletionResultType]::ParameterName, 'force')
            [CompletionResult]::new('--tlsfirst', '--tlsfirst', [CompletionResultType]::ParameterName, 'Start TLS before the server''s INFO (for servers with handshake_first)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'natsx;obj;watch' {
            [CompletionResult]::new('--count', '--count', [CompletionResultType]::ParameterName, 'Stop after this many changes (0: until interrupted)')
            [CompletionResult]::new('-s', '-s', [CompletionResultType]::ParameterName, 'NATS server URLs, comma separated [default: the context''s, else nats://127.0.0.1:4222]')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'NATS server URLs, comma separated [default: the context''s, else nats://127.0.0.1:4222]')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'The connection context to use (`natsx context`), instead of the selected one')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'Username or token')
            [CompletionResult]::new('--password', '--password', [CompletionResultType]::ParameterName, 'Password')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'Authentication token')
            [CompletionResult]::new('--creds', '--creds', [CompletionResultType]::ParameterName, 'User credentials file (JWT and seed)')
            [CompletionResult]::new('--nkey', '--nkey', [CompletionResultType]::ParameterName, 'NKey seed file')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Time to wait on connect and on responses (e.g. 5s, 500ms)')
            [CompletionResult]::new('--connection-name', '--connection-name', [CompletionResultType]::ParameterName, 'Name of this connection, as the server shows it')
            [CompletionResult]::new('--tlscert', '--tlscert', [CompletionResultType]::ParameterName, 'TLS client certificate file (with --tlskey)')
            [CompletionResult]::new('--tlskey', '--tlskey', [CompletionResultType]::ParameterName, 'TLS client key file')
            [CompletionResult]::new('--tlsca', '--tlsca', [CompletionResultType]::ParameterName, 'CA file that signed the server''s certificate (TLS is then required)')
            [CompletionResult]::new('--tlsfirst', '--tlsfirst', [CompletionResultType]::ParameterName, 'Start TLS before the server''s INFO (for servers with handshake_first)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'natsx;obj;help' {
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Create a bucket')
            [CompletionResult]::new('info', 'info', [CompletionResultType]::ParameterValue, 'Show a bucket, or one object in it')
            [CompletionResult]::new('ls', 'ls', [CompletionResultType]::ParameterValue, 'List buckets, or the objects in one')
            [CompletionResult]::new('rm', 'rm', [CompletionResultType]::ParameterValue, 'Delete a bucket and everything in it')
            [CompletionResult]::new('put', 'put', [CompletionResultType]::ParameterValue, 'Upload a file (or standard input with `-`)')
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Download an object to a file (or standard output with `-O -`)')
            [CompletionResult]::new('del', 'del', [CompletionResultType]::ParameterValue, 'Delete an object')
            [CompletionResult]::new('seal', 'seal', [CompletionResultType]::ParameterValue, 'Make a bucket read-only')
            [CompletionResult]::new('watch', 'watch', [CompletionResultType]::ParameterValue, 'Print changes to a bucket as they happen')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'natsx;obj;help;add' {
            break
        }
        'natsx;obj;help;info' {
            break
        }
        'natsx;obj;help;ls' {
            break
        }
        'natsx;obj;help;rm' {
            break
        }
        'natsx;obj;help;put' {
            break
        }
        'natsx;obj;help;get' {
            break
        }
        'natsx;obj;help;del' {
            break
        }
        'natsx;obj;help;seal' {
            break
        }
        'natsx;obj;help;watch' {
            break
        }
        'natsx;obj;help;help' {
            break
        }
        'natsx;account' {
            [CompletionResult]::new('--operator', '--operator', [CompletionResultType]::ParameterName, 'The operator whose store to use (default: the current one, as nsc)')
            [CompletionResult]::new('-s', '-s', [CompletionResultType]::ParameterName, 'NATS server URLs, comma separated [default: the context''s, else nats://127.0.0.1:4222]')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'NATS server URLs, comma separated [default: the context''s, else nats://127.0.0.1:4222]')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'The connection context to use (`natsx context`), instead of the selected one')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'Username or token')
            [CompletionResult]::new('--password', '--password', [CompletionResultType]::ParameterName, 'Password')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'Authentication token')
            [CompletionResult]::new('--creds', '--creds', [CompletionResultType]::ParameterName, 'User credentials file (JWT and seed)')
            [CompletionResult]::new('--nkey', '--nkey', [CompletionResultType]::ParameterName, 'NKey seed file')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Time to wait on connect and on responses (e.g. 5s, 500ms)')
            [CompletionResult]::new('--connection-name', '--connection-name', [CompletionResultType]::ParameterName, 'Name of this connection, as the server shows it')
            [CompletionResult]::new('--tlscert', '--tlscert', [CompletionResultType]::ParameterName, 'TLS client certificate file (with --tlskey)')
            [CompletionResult]::new('--tlskey', '--tlskey', [CompletionResultType]::ParameterName, 'TLS client key file')
            [CompletionResult]::new('--tlsca', '--tlsca', [CompletionResultType]::ParameterName, 'CA file that signed the server''s certificate (TLS is then required)')
            [CompletionResult]::new('--tlsfirst', '--tlsfirst', [CompletionResultType]::ParameterName, 'Start TLS before the server''s INFO (for servers with handshake_first)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('info', 'info', [CompletionResultType]::ParameterValue, 'Show the connected account: connection, permissions, JetStream usage and limits')
            [CompletionResult]::new('nkey', 'nkey', [CompletionResultType]::ParameterValue, 'Make and use NKeys: gen, show, sign, verify (as `nats auth nkey`)')
            [CompletionResult]::new('init', 'init', [CompletionResultType]::ParameterValue, 'Create an operator with a system account, in an nsc store (as `nsc init`)')
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Add an operator, account or user (as `nsc add`)')
            [CompletionResult]::new('edit', 'edit', [CompletionResultType]::ParameterValue, 'Change an account, or scope a signing key (as `nsc edit`)')
            [CompletionResult]::new('generate', 'generate', [CompletionResultType]::ParameterValue, 'Generate a user''s creds or a server configuration (as `nsc generate`)')
            [CompletionResult]::new('describe', 'describe', [CompletionResultType]::ParameterValue, 'Show an operator, account or user JWT: from the store, a file or stdin (`--file -`)')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the store''s keys (as `nsc list keys --all`)')
            [CompletionResult]::new('callout', 'callout', [CompletionResultType]::ParameterValue, 'Run an auth callout service (`serve`) that admits the users of a file')
            [CompletionResult]::new('revocations', 'revocations', [CompletionResultType]::ParameterValue, 'Revoke users (as `nsc revocations`)')
            [CompletionResult]::new('push', 'push', [CompletionResultType]::ParameterValue, 'Send account JWTs to a server''s NATS-based resolver, or remove them (as `nsc push`)')
            [CompletionResult]::new('pull', 'pull', [CompletionResultType]::ParameterValue, 'Fetch account JWTs from a server''s NATS-based resolver into the store (as `nsc pull`)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'natsx;account;info' {
            [CompletionResult]::new('--account', '--account', [CompletionResultType]::ParameterName, 'Whose exports and imports to show (default: the connected account); the server tells them to users of the system account only')
            [CompletionResult]::new('--operator', '--operator', [CompletionResultType]::ParameterName, 'The operator whose store to use (default: the current one, as nsc)')
            [CompletionResult]::new('-s', '-s', [CompletionResultType]::ParameterName, 'NATS server URLs, comma separated [default: the context''s, else nats://127.0.0.1:4222]')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'NATS server URLs, comma separated [default: the context''s, else nats://127.0.0.1:4222]')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'The connection context to use (`natsx context`), instead of the selected one')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'Username or token')
            [CompletionResult]::new('--password', '--password', [CompletionResultType]::ParameterName, 'Password')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'Authentication token')
            [CompletionResult]::new('--creds', '--creds', [CompletionResultType]::ParameterName, 'User credentials file (JWT and seed)')
            [CompletionResult]::new('--nkey', '--nkey', [CompletionResultType]::ParameterName, 'NKey seed file')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Time to wait on connect and on responses (e.g. 5s, 500ms)')
            [CompletionResult]::new('--connection-name', '--connection-name', [CompletionResultType]::ParameterName, 'Name of this connection, as the server shows it')
            [CompletionResult]::new('--tlscert', '--tlscert', [CompletionResultType]::ParameterName, 'TLS client certificate file (with --tlskey)')
            [CompletionResult]::new('--tlskey', '--tlskey', [CompletionResultType]::ParameterName, 'TLS client key file')
            [CompletionResult]::new('--tlsca', '--tlsca', [CompletionResultType]::ParameterName, 'CA file that signed the server''s certificate (TLS is then required)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print what the server said as JSON instead of tables')
            [CompletionResult]::new('--tlsfirst', '--tlsfirst', [CompletionResultType]::ParameterName, 'Start TLS before the server''s INFO (for servers with handshake_first)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'natsx;account;nkey' {
            [CompletionResult]::new('--operator', '--operator', [CompletionResultType]::ParameterName, 'The operator whose store to use (default: the current one, as nsc)')
            [CompletionResult]::new('-s', '-s', [CompletionResultType]::ParameterName, 'NATS server URLs, comma separated [default: the context''s, else nats://127.0.0.1:4222]')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'NATS server URLs, comma separated [default: the context''s, else nats://127.0.0.1:4222]')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'The connection context to use (`natsx context`), instead of the selected one')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'Username or token')
            [CompletionResult]::new('--password', '--password', [CompletionResultType]::ParameterName, 'Password')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'Authentication token')
            [CompletionResult]::new('--creds', '--creds', [CompletionResultType]::ParameterName, 'User credentials file (JWT and seed)')
            [CompletionResult]::new('--nkey', '--nkey', [CompletionResultType]::ParameterName, 'NKey seed file')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Time to wait on connect and on responses (e.g. 5s, 500ms)')
            [CompletionResult]::new('--connection-name', '--connection-name', [CompletionResultType]::ParameterName, 'Name of this connection, as the server shows it')
            [CompletionResult]::new('--tlscert', '--tlscert', [CompletionResultType]::ParameterName, 'TLS client certificate file (with --tlskey)')
            [CompletionResult]::new('--tlskey', '--tlskey', [CompletionResultType]::ParameterName, 'TLS client key file')
            [CompletionResult]::new('--tlsca', '--tlsca', [CompletionResultType]::ParameterName, 'CA file that signed the server''s certificate (TLS is then required)')
            [CompletionResult]::new('--tlsfirst', '--tlsfirst', [CompletionResultType]::ParameterName, 'Start TLS before the server''s INFO (for servers with handshake_first)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('gen', 'gen', [CompletionResultType]::ParameterValue, 'Generate a key pair and print its seed')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Print the public key of a seed file')
            [CompletionResult]::new('sign', 'sign', [CompletionResultType]::ParameterValue, 'Sign a file with a seed; prints the base64url signature')
            [CompletionResult]::new('verify', 'verify', [CompletionResultType]::ParameterValue, 'Verify a file''s signature (a file holding the base64url signature) with a public key or a seed')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'natsx;account;nkey;gen' {
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Write to this file instead of standard output')
            [CompletionResult]::new('--operator', '--operator', [CompletionResultType]::ParameterName, 'The operator whose store to use (default: the current one, as nsc)')
            [CompletionResult]::new('-s', '-s', [CompletionResultType]::ParameterName, 'NATS server URLs, comma separated [default: the context''s, else nats://127.0.0.1:4222]')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'NATS server URLs, comma separated [default: the context''s, else nats://127.0.0.1:4222]')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'The connection context to use (`natsx context`), instead of the selected one')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'Username or token')
            [CompletionResult]::new('--password', '--password', [CompletionResultType]::ParameterName, 'Password')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'Authentication token')
            [CompletionResult]::new('--creds', '--creds', [CompletionResultType]::ParameterName, 'User credentials file (JWT and seed)')
            [CompletionResult]::new('--nkey', '--nkey', [CompletionResultType]::ParameterName, 'NKey seed file')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Time to wait on connect and on responses (e.g. 5s, 500ms)')
            [CompletionResult]::new('--connection-name', '--connection-name', [CompletionResultType]::ParameterName, 'Name of this connection, as the server shows it')
            [CompletionResult]::new('--tlscert', '--tlscert', [CompletionResultType]::ParameterName, 'TLS client certificate file (with --tlskey)')
            [CompletionResult]::new('--tlskey', '--tlskey', [CompletionResultType]::ParameterName, 'TLS client key file')
            [CompletionResult]::new('--tlsca', '--tlsca', [CompletionResultType]::ParameterName, 'CA file that signed the server''s certificate (TLS is then required)')
            [CompletionResult]::new('--pubout', '--pubout', [CompletionResultType]::ParameterName, 'Print the public key after the seed')
            [CompletionResult]::new('--tlsfirst', '--tlsfirst', [CompletionResultType]::ParameterName, 'Start TLS before the server''s INFO (for servers with handshake_first)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'natsx;account;nkey;show' {
            [CompletionResult]::new('--operator', '--operator', [CompletionResultType]::ParameterName, 'The operator whose store to use (default: the current one, as nsc)')
            [CompletionResult]::new('-s', '-s', [CompletionResultType]::ParameterName, 'NATS server URLs, comma separated [default: the context''s, else nats://127.0.0.1:4222]')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'NATS server URLs, comma separated [default: the context''s, else nats://127.0.0.1:4222]')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'The connection context to use (`natsx context`), instead of the selected one')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'Username or token')
            [CompletionResult]::new('--password', '--password', [CompletionResultType]::ParameterName, 'Password')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'Authentication token')
            [CompletionResult]::new('--creds', '--creds', [CompletionResultType]::ParameterName, 'User credentials file (JWT and seed)')
            [CompletionResult]::new('--nkey', '--nkey', [CompletionResultType]::ParameterName, 'NKey seed file')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Time to wait on connect and on responses (e.g. 5s, 500ms)')
            [CompletionResult]::new('--connection-name', '--connection-name', [CompletionResultType]::ParameterName, 'Name of this connection, as the server shows it')
            [CompletionResult]::new('--tlscert', '--tlscert', [CompletionResultType]::ParameterName, 'TLS client certificate file (with --tlskey)')
            [CompletionResult]::new('--tlskey', '--tlskey', [CompletionResultType]::ParameterName, 'TLS client key file')
            [CompletionResult]::new('--tlsca', '--tlsca', [CompletionResultType]::ParameterName, 'CA file that signed the server''s certificate (TLS is then required)')
            [CompletionResult]::new('--tlsfirst', '--tlsfirst', [CompletionResultType]::ParameterName, 'Start TLS before the server''s INFO (for servers with handshake_first)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'natsx;account;nkey;sign' {
            [CompletionResult]::new('--operator', '--operator', [CompletionResultType]::ParameterName, 'The operator whose store to use (default: the current one, as nsc)')
            [CompletionResult]::new('-s', '-s', [CompletionResultType]::ParameterName, 'NATS server URLs, comma separated [default: the context''s, else nats://127.0.0.1:4222]')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'NATS server URLs, comma separated [default: the context''s, else nats://127.0.0.1:4222]')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'The connection context to use (`natsx context`), instead of the selected one')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'Username or token')
            [CompletionResult]::new('--password', '--password', [CompletionResultType]::ParameterName, 'Password')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'Authentication token')
            [CompletionResult]::new('--creds', '--creds', [CompletionResultType]::ParameterName, 'User credentials file (JWT and seed)')
            [CompletionResult]::new('--nkey', '--nkey', [CompletionResultType]::ParameterName, 'NKey seed file')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Time to wait on connect and on responses (e.g. 5s, 500ms)')
            [CompletionResult]::new('--connection-name', '--connection-name', [CompletionResultType]::ParameterName, 'Name of this connection, as the server shows it')
            [CompletionResult]::new('--tlscert', '--tlscert', [CompletionResultType]::ParameterName, 'TLS client certificate file (with --tlskey)')
            [CompletionResult]::new('--tlskey', '--tlskey', [CompletionResultType]::ParameterName, 'TLS client key file')
            [CompletionResult]::new('--tlsca', '--tlsca', [CompletionResultType]::ParameterName, 'CA file that signed the server''s certificate (TLS is then required)')
            [CompletionResult]::new('--tlsfirst', '--tlsfirst', [CompletionResultType]::ParameterName, 'Start TLS before the server''s INFO (for servers with handshake_first)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'natsx;account;nkey;verify' {
            [CompletionResult]::new('--operator', '--operator', [CompletionResultType]::ParameterName, 'The operator whose store to use (default: the current one, as nsc)')
            [CompletionResult]::new('-s', '-s', [CompletionResultType]::ParameterName, 'NATS server URLs, comma separated [default: the context''s, else nats://127.0.0.1:4222]')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'NATS server URLs, comma separated [default: the context''s, else nats://127.0.0.1:4222]')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'The connection context to use (`natsx context`), instead of the selected one')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'Username or token')
            [CompletionResult]::new('--password', '--password', [CompletionResultType]::ParameterName, 'Password')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'Authentication token')
            [CompletionResult]::new('--creds', '--creds', [CompletionResultType]::ParameterName, 'User credentials file (JWT and seed)')
            [CompletionResult]::new('--nkey', '--nkey', [CompletionResultType]::ParameterName, 'NKey seed file')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Time to wait on connect and on responses (e.g. 5s, 500ms)')
            [CompletionResult]::new('--connection-name', '--connection-name', [CompletionResultType]::ParameterName, 'Name of this connection, as the server shows it')
            [CompletionResult]::new('--tlscert', '--tlscert', [CompletionResultType]::ParameterName, 'TLS client certificate file (with --tlskey)')
            [CompletionResult]::new('--tlskey', '--tlskey', [CompletionResultType]::ParameterName, 'TLS client key file')
            [CompletionResult]::new('--tlsca', '--tlsca', [CompletionResultType]::ParameterName, 'CA file that signed the server''s certificate (TLS is then required)')
            [CompletionResult]::new('--tlsfirst', '--tlsfirst', [CompletionResultType]::ParameterName, 'Start TLS before the server''s INFO (for servers with handshake_first)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'natsx;account;nkey;help' {
            [CompletionResult]::new('gen', 'gen', [CompletionResultType]::ParameterValue, 'Generate a key pair and print its seed')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Print the public key of a seed file')
            [CompletionResult]::new('sign', 'sign', [CompletionResultType]::ParameterValue, 'Sign a file with a seed; prints the base64url signature')
            [CompletionResult]::new('verify', 'verify', [CompletionResultType]::ParameterValue, 'Verify a file''s signature (a file holding the base64url signature) with a public key or a seed')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'natsx;account;nkey;help;gen' {
            break
        }
        'natsx;account;nkey;help;show' {
            break
        }
        'natsx;account;nkey;help;sign' {
            break
        }
        'natsx;account;nkey;help;verify' {
            break
        }
        'natsx;account;nkey;help;help' {
            break
        }
        'natsx;account;init' {
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'The operator''s name')
            [CompletionResult]::new('--name', '--name', [CompletionResultType]::ParameterName, 'The operator''s name')
            [CompletionResult]::new('--operator', '--operator', [CompletionResultType]::ParameterName, 'The operator whose store to use (default: the current one, as nsc)')
            [CompletionResult]::new('-s', '-s', [CompletionResultType]::ParameterName, 'NATS server URLs, comma separated [default: the context''s, else nats://127.0.0.1:4222]')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'NATS server URLs, comma separated [default: the context''s, else nats://127.0.0.1:4222]')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'The connection context to use (`natsx context`), instead of the selected one')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'Username or token')
            [CompletionResult]::new('--password', '--password', [CompletionResultType]::ParameterName, 'Password')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'Authentication token')
            [CompletionResult]::new('--creds', '--creds', [CompletionResultType]::ParameterName, 'User credentials file (JWT and seed)')
            [CompletionResult]::new('--nkey', '--nkey', [CompletionResultType]::ParameterName, 'NKey seed file')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Time to wait on connect and on responses (e.g. 5s, 500ms)')
            [CompletionResult]::new('--connection-name', '--connection-name', [CompletionResultType]::ParameterName, 'Name of this connection, as the server shows it')
            [CompletionResult]::new('--tlscert', '--tlscert', [CompletionResultType]::ParameterName, 'TLS client certificate file (with --tlskey)')
            [CompletionResult]::new('--tlskey', '--tlskey', [CompletionResultType]::ParameterName, 'TLS client key file')
            [CompletionResult]::new('--tlsca', '--tlsca', [CompletionResultType]::ParameterName, 'CA file that signed the server''s certificate (TLS is then required)')
            [CompletionResult]::new('--tlsfirst', '--tlsfirst', [CompletionResultType]::ParameterName, 'Start TLS before the server''s INFO (for servers with handshake_first)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'natsx;account;add' {
            [CompletionResult]::new('--operator', '--operator', [CompletionResultType]::ParameterName, 'The operator whose store to use (default: the current one, as nsc)')
            [CompletionResult]::new('-s', '-s', [CompletionResultType]::ParameterName, 'NATS server URLs, comma separated [default: the context''s, else nats://127.0.0.1:4222]')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'NATS server URLs, comma separated [default: the context''s, else nats://127.0.0.1:4222]')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'The connection context to use (`natsx context`), instead of the selected one')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'Username or token')
            [CompletionResult]::new('--password', '--password', [CompletionResultType]::ParameterName, 'Password')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'Authentication token')
            [CompletionResult]::new('--creds', '--creds', [CompletionResultType]::ParameterName, 'User credentials file (JWT and seed)')
            [CompletionResult]::new('--nkey', '--nkey', [CompletionResultType]::ParameterName, 'NKey seed file')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Time to wait on connect and on responses (e.g. 5s, 500ms)')
            [CompletionResult]::new('--connection-name', '--connection-name', [CompletionResultType]::ParameterName, 'Name of this connection, as the server shows it')
            [CompletionResult]::new('--tlscert', '--tlscert', [CompletionResultType]::ParameterName, 'TLS client certificate file (with --tlskey)')
            [CompletionResult]::new('--tlskey', '--tlskey', [CompletionResultType]::ParameterName, 'TLS client key file')
            [CompletionResult]::new('--tlsca', '--tlsca', [CompletionResultType]::ParameterName, 'CA file that signed the server''s certificate (TLS is then required)')
            [CompletionResult]::new('--tlsfirst', '--tlsfirst', [CompletionResultType]::ParameterName, 'Start TLS before the server''s INFO (for servers with handshake_first)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('operator', 'operator', [CompletionResultType]::ParameterValue, 'Add an operator (its key signs accounts)')
            [CompletionResult]::new('account', 'account', [CompletionResultType]::ParameterValue, 'Add an account signed by the current operator')
            [CompletionResult]::new('user', 'user', [CompletionResultType]::ParameterValue, 'Add a user signed by an account')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'natsx;account;add;operator' {
            [CompletionResult]::new('--operator', '--operator', [CompletionResultType]::ParameterName, 'The operator whose store to use (default: the current one, as nsc)')
            [CompletionResult]::new('-s', '-s', [CompletionResultType]::ParameterName, 'NATS server URLs, comma separated [default: the context''s, else nats://127.0.0.1:4222]')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'NATS server URLs, comma separated [default: the context''s, else nats://127.0.0.1:4222]')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'The connection context to use (`natsx context`), instead of the selected one')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'Username or token')
            [CompletionResult]::new('--password', '--password', [CompletionResultType]::ParameterName, 'Password')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'Authentication token')
            [CompletionResult]::new('--creds', '--creds', [CompletionResultType]::ParameterName, 'User credentials file (JWT and seed)')
            [CompletionResult]::new('--nkey', '--nkey', [CompletionResultType]::ParameterName, 'NKey seed file')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Time to wait on connect and on responses (e.g. 5s, 500ms)')
            [CompletionResult]::new('--connection-name', '--connection-name', [CompletionResultType]::ParameterName, 'Name of this connection, as the server shows it')
            [CompletionResult]::new('--tlscert', '--tlscert', [CompletionResultType]::ParameterName, 'TLS client certificate file (with --tlskey)')
            [CompletionResult]::new('--tlskey', '--tlskey', [CompletionResultType]::ParameterName, 'TLS client key file')
            [CompletionResult]::new('--tlsca', '--tlsca', [CompletionResultType]::ParameterName, 'CA file that signed the server''s certificate (TLS is then required)')
            [CompletionResult]::new('--sys', '--sys', [CompletionResultType]::ParameterName, 'Also add a system account `SYS` with a user `sys`, named in the operator JWT')
            [CompletionResult]::new('--tlsfirst', '--tlsfirst', [CompletionResultType]::ParameterName, 'Start TLS before the server''s INFO (for servers with handshake_first)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'natsx;account;add;account' {
            [CompletionResult]::new('--conns', '--conns', [CompletionResultType]::ParameterName, 'Connections at once')
            [CompletionResult]::new('--subs', '--subs', [CompletionResultType]::ParameterName, 'Subscriptions per connection')
            [CompletionResult]::new('--payload', '--payload', [CompletionResultType]::ParameterName, 'Largest message payload (bytes)')
            [CompletionResult]::new('--js-mem-storage', '--js-mem-storage', [CompletionResultType]::ParameterName, 'JetStream memory storage (bytes; -1 unlimited, 0 JetStream off)')
            [CompletionResult]::new('--js-disk-storage', '--js-disk-storage', [CompletionResultType]::ParameterName, 'JetStream disk storage (bytes; -1 unlimited, 0 JetStream off)')
            [CompletionResult]::new('--operator', '--operator', [CompletionResultType]::ParameterName, 'The operator whose store to use (default: the current one, as nsc)')
            [CompletionResult]::new('-s', '-s', [CompletionResultType]::ParameterName, 'NATS server URLs, comma separated [default: the context''s, else nats://127.0.0.1:4222]')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'NATS server URLs, comma separated [default: the context''s, else nats://127.0.0.1:4222]')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'The connection context to use (`natsx context`), instead of the selected one')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'Username or token')
            [CompletionResult]::new('--password', '--password', [CompletionResultType]::ParameterName, 'Password')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'Authentication token')
            [CompletionResult]::new('--creds', '--creds', [CompletionResultType]::ParameterName, 'User credentials file (JWT and seed)')
            [CompletionResult]::new('--nkey', '--nkey', [CompletionResultType]::ParameterName, 'NKey seed file')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Time to wait on connect and on responses (e.g. 5s, 500ms)')
            [CompletionResult]::new('--connection-name', '--connection-name', [CompletionResultType]::ParameterName, 'Name of this connection, as the server shows it')
            [CompletionResult]::new('--tlscert', '--tlscert', [CompletionResultType]::ParameterName, 'TLS client certificate file (with --tlskey)')
            [CompletionResult]::new('--tlskey', '--tlskey', [CompletionResultType]::ParameterName, 'TLS client key file')
            [CompletionResult]::new('--tlsca', '--tlsca', [CompletionResultType]::ParameterName, 'CA file that signed the server''s certificate (TLS is then required)')
            [CompletionResult]::new('--disallow-bearer', '--disallow-bearer', [CompletionResultType]::ParameterName, 'Refuse bearer user JWTs')
            [CompletionResult]::new('--tlsfirst', '--tlsfirst', [CompletionResultType]::ParameterName, 'Start TLS before the server''s INFO (for servers with handshake_first)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'natsx;account;add;user' {
            [CompletionResult]::new('-a', '-a', [CompletionResultType]::ParameterName, 'The account (default: the current one)')
            [CompletionResult]::new('--account', '--account', [CompletionResultType]::ParameterName, 'The account (default: the current one)')
            [CompletionResult]::new('-K', '-K ', [CompletionResultType]::ParameterName, 'Sign with this signing key of the account (its public key, or a scoped key''s role) instead of the account''s own key')
            [CompletionResult]::new('--signing-key', '--signing-key', [CompletionResultType]::ParameterName, 'Sign with this signing key of the account (its public key, or a scoped key''s role) instead of the account''s own key')
            [CompletionResult]::new('--allow-pub', '--allow-pub', [CompletionResultType]::ParameterName, 'Subjects the user may publish to (repeat, or comma-separated)')
            [CompletionResult]::new('--deny-pub', '--deny-pub', [CompletionResultType]::ParameterName, 'deny-pub')
            [CompletionResult]::new('--allow-sub', '--allow-sub', [CompletionResultType]::ParameterName, 'Subjects the user may subscribe to (`subject queue` for a queue group)')
            [CompletionResult]::new('--deny-sub', '--deny-sub', [CompletionResultType]::ParameterName, 'deny-sub')
            [CompletionResult]::new('--allow-pub-response', '--allow-pub-response', [CompletionResultType]::ParameterName, 'The user may answer requests it receives (this many responses each)')
            [CompletionResult]::new('--expiry', '--expiry', [CompletionResultType]::ParameterName, 'Valid for this long (`1h`, `30d`); default: no expiry')
            [CompletionResult]::new('--source-network', '--source-network', [CompletionResultType]::ParameterName, 'Networks the user may connect from (CIDRs)')
            [CompletionResult]::new('--conn-type', '--conn-type', [CompletionResultType]::ParameterName, 'Connection types allowed (STANDARD, WEBSOCKET, ...)')
            [CompletionResult]::new('--time', '--time', [CompletionResultType]::ParameterName, 'A time of day the user may connect, `HH:MM:SS-HH:MM:SS` (repeatable; nsc''s --time)')
            [CompletionResult]::new('--locale', '--locale', [CompletionResultType]::ParameterName, 'The IANA time zone of --time (default: the server''s local zone)')
            [CompletionResult]::new('--operator', '--operator', [CompletionResultType]::ParameterName, 'The operator whose store to use (default: the current one, as nsc)')
            [CompletionResult]::new('-s', '-s', [CompletionResultType]::ParameterName, 'NATS server URLs, comma separated [default: the context''s, else nats://127.0.0.1:4222]')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'NATS server URLs, comma separated [default: the context''s, else nats://127.0.0.1:4222]')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'The connection context to use (`natsx context`), instead of the selected one')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'Username or token')
            [CompletionResult]::new('--password', '--password', [CompletionResultType]::ParameterName, 'Password')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'Authentication token')
            [CompletionResult]::new('--creds', '--creds', [CompletionResultType]::ParameterName, 'User credentials file (JWT and seed)')
            [CompletionResult]::new('--nkey', '--nkey', [CompletionResultType]::ParameterName, 'NKey seed file')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Time to wait on connect and on responses (e.g. 5s, 500ms)')
            [CompletionResult]::new('--connection-name', '--connection-name', [CompletionResultType]::ParameterName, 'Name of this connection, as the server shows it')
            [CompletionResult]::new('--tlscert', '--tlscert', [CompletionResultType]::ParameterName, 'TLS client certificate file (with --tlskey)')
            [CompletionResult]::new('--tlskey', '--tlskey', [CompletionResultType]::ParameterName, 'TLS client key file')
            [CompletionResult]::new('--tlsca', '--tlsca', [CompletionResultType]::ParameterName, 'CA file that signed the server''s certificate (TLS is then required)')
            [CompletionResult]::new('--bearer', '--bearer', [CompletionResultType]::ParameterName, 'A bearer token: no nonce signature needed')
            [CompletionResult]::new('--tlsfirst', '--tlsfirst', [CompletionResultType]::ParameterName, 'Start TLS before the server''s INFO (for servers with handshake_first)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'natsx;account;add;help' {
            [CompletionResult]::new('operator', 'operator', [CompletionResultType]::ParameterValue, 'Add an operator (its key signs accounts)')
            [CompletionResult]::new('account', 'account', [CompletionResultType]::ParameterValue, 'Add an account signed by the current operator')
            [CompletionResult]::new('user', 'user', [CompletionResultType]::ParameterValue, 'Add a user signed by an account')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'natsx;account;add;help;operator' {
            break
        }
        'natsx;account;add;help;account' {
            break
        }
        'natsx;account;add;help;user' {
            break
        }
        'natsx;account;add;help;help' {
            break
        }
        'natsx;account;edit' {
            [CompletionResult]::new('--operator', '--operator', [CompletionResultType]::ParameterName, 'The operator whose store to use (default: the current one, as nsc)')
            [CompletionResult]::new('-s', '-s', [CompletionResultType]::ParameterName, 'NATS server URLs, comma separated [default: the context''s, else nats://127.0.0.1:4222]')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'NATS server URLs, comma separated [default: the context''s, else nats://127.0.0.1:4222]')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'The connection context to use (`natsx context`), instead of the selected one')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'Username or token')
            [CompletionResult]::new('--password', '--password', [CompletionResultType]::ParameterName, 'Password')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'Authentication token')
            [CompletionResult]::new('--creds', '--creds', [CompletionResultType]::ParameterName, 'User credentials file (JWT and seed)')
            [CompletionResult]::new('--nkey', '--nkey', [CompletionResultType]::ParameterName, 'NKey seed file')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Time to wait on connect and on responses (e.g. 5s, 500ms)')
            [CompletionResult]::new('--connection-name', '--connection-name', [CompletionResultType]::ParameterName, 'Name of this connection, as the server shows it')
            [CompletionResult]::new('--tlscert', '--tlscert', [CompletionResultType]::ParameterName, 'TLS client certificate file (with --tlskey)')
            [CompletionResult]::new('--tlskey', '--tlskey', [CompletionResultType]::ParameterName, 'TLS client key file')
            [CompletionResult]::new('--tlsca', '--tlsca', [CompletionResultType]::ParameterName, 'CA file that signed the server''s certificate (TLS is then required)')
            [CompletionResult]::new('--tlsfirst', '--tlsfirst', [CompletionResultType]::ParameterName, 'Start TLS before the server''s INFO (for servers with handshake_first)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('account', 'account', [CompletionResultType]::ParameterValue, 'Change an account''s limits or signing keys')
            [CompletionResult]::new('signing-key', 'signing-key', [CompletionResultType]::ParameterValue, 'Make a signing key scoped: its users get this role''s permissions (a template: `{{name()}}`, `{{tag(NAME)}}` ... are filled in per user)')
            [CompletionResult]::new('authcallout', 'authcallout', [CompletionResultType]::ParameterValue, 'Make the account an auth callout account (as `nsc edit authcallout`): clients presenting its users'' JWTs, but for `--auth-user`s, are handed to the callout service running as an auth user')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'natsx;account;edit;account' {
            [CompletionResult]::new('--sk', '--sk', [CompletionResultType]::ParameterName, 'Add a signing key: `generate` makes one, or give its public key')
            [CompletionResult]::new('--rm-sk', '--rm-sk', [CompletionResultType]::ParameterName, 'Remove a signing key')
            [CompletionResult]::new('--conns', '--conns', [CompletionResultType]::ParameterName, 'conns')
            [CompletionResult]::new('--subs', '--subs', [CompletionResultType]::ParameterName, 'subs')
            [CompletionResult]::new('--payload', '--payload', [CompletionResultType]::ParameterName, 'payload')
            [CompletionResult]::new('--js-mem-storage', '--js-mem-storage', [CompletionResultType]::ParameterName, 'js-mem-storage')
            [CompletionResult]::new('--js-disk-storage', '--js-disk-storage', [CompletionResultType]::ParameterName, 'js-disk-storage')
            [CompletionResult]::new('--operator', '--operator', [CompletionResultType]::ParameterName, 'The operator whose store to use (default: the current one, as nsc)')
            [CompletionResult]::new('-s', '-s', [CompletionResultType]::ParameterName, 'NATS server URLs, comma separated [default: the context''s, else nats://127.0.0.1:4222]')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'NATS server URLs, comma separated [default: the context''s, else nats://127.0.0.1:4222]')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'The connection context to use (`natsx context`), instead of the selected one')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'Username or token')
            [CompletionResult]::new('--password', '--password', [CompletionResultType]::ParameterName, 'Password')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'Authentication token')
            [CompletionResult]::new('--creds', '--creds', [CompletionResultType]::ParameterName, 'User credentials file (JWT and seed)')
            [CompletionResult]::new('--nkey', '--nkey', [CompletionResultType]::ParameterName, 'NKey seed file')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Time to wait on connect and on responses (e.g. 5s, 500ms)')
            [CompletionResult]::new('--connection-name', '--connection-name', [CompletionResultType]::ParameterName, 'Name of this connection, as the server shows it')
            [CompletionResult]::new('--tlscert', '--tlscert', [CompletionResultType]::ParameterName, 'TLS client certificate file (with --tlskey)')
            [CompletionResult]::new('--tlskey', '--tlskey', [CompletionResultType]::ParameterName, 'TLS client key file')
            [CompletionResult]::new('--tlsca', '--tlsca', [CompletionResultType]::ParameterName, 'CA file that signed the server''s certificate (TLS is then required)')
            [CompletionResult]::new('--tlsfirst', '--tlsfirst', [CompletionResultType]::ParameterName, 'Start TLS before the server''s INFO (for servers with handshake_first)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'natsx;account;edit;signing-key' {
            [CompletionResult]::new('-a', '-a', [CompletionResultType]::ParameterName, 'a')
            [CompletionResult]::new('--account', '--account', [CompletionResultType]::ParameterName, 'account')
            [CompletionResult]::new('--sk', '--sk', [CompletionResultType]::ParameterName, 'The signing key (public key)')
            [CompletionResult]::new('--role', '--role', [CompletionResultType]::ParameterName, 'role')
            [CompletionResult]::new('--allow-pub', '--allow-pub', [CompletionResultType]::ParameterName, 'Subjects the user may publish to (repeat, or comma-separated)')
            [CompletionResult]::new('--deny-pub', '--deny-pub', [CompletionResultType]::ParameterName, 'deny-pub')
            [CompletionResult]::new('--allow-sub', '--allow-sub', [CompletionResultType]::ParameterName, 'Subjects the user may subscribe to (`subject queue` for a queue group)')
            [CompletionResult]::new('--deny-sub', '--deny-sub', [CompletionResultType]::ParameterName, 'deny-sub')
            [CompletionResult]::new('--allow-pub-response', '--allow-pub-response', [CompletionResultType]::ParameterName, 'The user may answer requests it receives (this many responses each)')
            [CompletionResult]::new('--expiry', '--expiry', [CompletionResultType]::ParameterName, 'Valid for this long (`1h`, `30d`); default: no expiry')
            [CompletionResult]::new('--source-network', '--source-network', [CompletionResultType]::ParameterName, 'Networks the user may connect from (CIDRs)')
            [CompletionResult]::new('--conn-type', '--conn-type', [CompletionResultType]::ParameterName, 'Connection types allowed (STANDARD, WEBSOCKET, ...)')
            [CompletionResult]::new('--time', '--time', [CompletionResultType]::ParameterName, 'A time of day the user may connect, `HH:MM:SS-HH:MM:SS` (repeatable; nsc''s --time)')
            [CompletionResult]::new('--locale', '--locale', [CompletionResultType]::ParameterName, 'The IANA time zone of --time (default: the server''s local zone)')
            [CompletionResult]::new('--operator', '--operator', [CompletionResultType]::ParameterName, 'The operator whose store to use (default: the current one, as nsc)')
            [CompletionResult]::new('-s', '-s', [CompletionResultType]::ParameterName, 'NATS server URLs, comma separated [default: the context''s, else nats://127.0.0.1:4222]')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'NATS server URLs, comma separated [default: the context''s, else nats://127.0.0.1:4222]')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'The connection context to use (`natsx context`), instead of the selected one')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'Username or token')
            [CompletionResult]::new('--password', '--password', [CompletionResultType]::ParameterName, 'Password')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'Authentication token')
            [CompletionResult]::new('--creds', '--creds', [CompletionResultType]::ParameterName, 'User credentials file (JWT and seed)')
            [CompletionResult]::new('--nkey', '--nkey', [CompletionResultType]::ParameterName, 'NKey seed file')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Time to wait on connect and on responses (e.g. 5s, 500ms)')
            [CompletionResult]::new('--connection-name', '--connection-name', [CompletionResultType]::ParameterName, 'Name of this connection, as the server shows it')
            [CompletionResult]::new('--tlscert', '--tlscert', [CompletionResultType]::ParameterName, 'TLS client certificate file (with --tlskey)')
            [CompletionResult]::new('--tlskey', '--tlskey', [CompletionResultType]::ParameterName, 'TLS client key file')
            [CompletionResult]::new('--tlsca', '--tlsca', [CompletionResultType]::ParameterName, 'CA file that signed the server''s certificate (TLS is then required)')
            [CompletionResult]::new('--bearer', '--bearer', [CompletionResultType]::ParameterName, 'A bearer token: no nonce signature needed')
            [CompletionResult]::new('--tlsfirst', '--tlsfirst', [CompletionResultType]::ParameterName, 'Start TLS before the server''s INFO (for servers with handshake_first)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'natsx;account;edit;authcallout' {
            [CompletionResult]::new('-a', '-a', [CompletionResultType]::ParameterName, 'a')
            [CompletionResult]::new('--account', '--account', [CompletionResultType]::ParameterName, 'account')
            [CompletionResult]::new('--auth-user', '--auth-user', [CompletionResultType]::ParameterName, 'A user (public key, or name in this account) the service connects as')
            [CompletionResult]::new('--rm-auth-user', '--rm-auth-user', [CompletionResultType]::ParameterName, 'rm-auth-user')
            [CompletionResult]::new('--allowed-account', '--allowed-account', [CompletionResultType]::ParameterName, 'An account (public key or name; `*` for any) the service may place users in')
            [CompletionResult]::new('--rm-allowed-account', '--rm-allowed-account', [CompletionResultType]::ParameterName, 'rm-allowed-account')
            [CompletionResult]::new('--curve', '--curve', [CompletionResultType]::ParameterName, 'The service''s curve key (X...): the server encrypts requests to it')
            [CompletionResult]::new('--operator', '--operator', [CompletionResultType]::ParameterName, 'The operator whose store to use (default: the current one, as nsc)')
            [CompletionResult]::new('-s', '-s', [CompletionResultType]::ParameterName, 'NATS server URLs, comma separated [default: the context''s, else nats://127.0.0.1:4222]')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'NATS server URLs, comma separated [default: the context''s, else nats://127.0.0.1:4222]')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'The connection context to use (`natsx context`), instead of the selected one')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'Username or token')
            [CompletionResult]::new('--password', '--password', [CompletionResultType]::ParameterName, 'Password')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'Authentication token')
            [CompletionResult]::new('--creds', '--creds', [CompletionResultType]::ParameterName, 'User credentials file (JWT and seed)')
            [CompletionResult]::new('--nkey', '--nkey', [CompletionResultType]::ParameterName, 'NKey seed file')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Time to wait on connect and on responses (e.g. 5s, 500ms)')
            [CompletionResult]::new('--connection-name', '--connection-name', [CompletionResultType]::ParameterName, 'Name of this connection, as the server shows it')
            [CompletionResult]::new('--tlscert', '--tlscert', [CompletionResultType]::ParameterName, 'TLS client certificate file (with --tlskey)')
            [CompletionResult]::new('--tlskey', '--tlskey', [CompletionResultType]::ParameterName, 'TLS client key file')
            [CompletionResult]::new('--tlsca', '--tlsca', [CompletionResultType]::ParameterName, 'CA file that signed the server''s certificate (TLS is then required)')
            [CompletionResult]::new('--disable', '--disable', [CompletionResultType]::ParameterName, 'Remove the callout altogether')
            [CompletionResult]::new('--tlsfirst', '--tlsfirst', [CompletionResultType]::ParameterName, 'Start TLS before the server''s INFO (for servers with handshake_first)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'natsx;account;edit;help' {
            [CompletionResult]::new('account', 'account', [CompletionResultType]::ParameterValue, 'Change an account''s limits or signing keys')
            [CompletionResult]::new('signing-key', 'signing-key', [CompletionResultType]::ParameterValue, 'Make a signing key scoped: its users get this role''s permissions (a template: `{{name()}}`, `{{tag(NAME)}}` ... are filled in per user)')
            [CompletionResult]::new('authcallout', 'authcallout', [CompletionResultType]::ParameterValue, 'Make the account an auth callout account (as `nsc edit authcallout`): clients presenting its users'' JWTs, but for `--auth-user`s, are handed to the callout service running as an auth user')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'natsx;account;edit;help;account' {
            break
        }
        'natsx;account;edit;help;signing-key' {
            break
        }
        'natsx;account;edit;help;authcallout' {
            break
        }
        'natsx;account;edit;help;help' {
            break
        }
        'natsx;account;generate' {
            [CompletionResult]::new('--operator', '--operator', [CompletionResultType]::ParameterName, 'The operator whose store to use (default: the current one, as nsc)')
            [CompletionResult]::new('-s', '-s', [CompletionResultType]::ParameterName, 'NATS server URLs, comma separated [default: the context''s, else nats://127.0.0.1:4222]')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'NATS server URLs, comma separated [default: the context''s, else nats://127.0.0.1:4222]')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'The connection context to use (`natsx context`), instead of the selected one')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'Username or token')
            [CompletionResult]::new('--password', '--password', [CompletionResultType]::ParameterName, 'Password')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'Authentication token')
            [CompletionResult]::new('--creds', '--creds', [CompletionResultType]::ParameterName, 'User credentials file (JWT and seed)')
            [CompletionResult]::new('--nkey', '--nkey', [CompletionResultType]::ParameterName, 'NKey seed file')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Time to wait on connect and on responses (e.g. 5s, 500ms)')
            [CompletionResult]::new('--connection-name', '--connection-name', [CompletionResultType]::ParameterName, 'Name of this connection, as the server shows it')
            [CompletionResult]::new('--tlscert', '--tlscert', [CompletionResultType]::ParameterName, 'TLS client certificate file (with --tlskey)')
            [CompletionResult]::new('--tlskey', '--tlskey', [CompletionResultType]::ParameterName, 'TLS client key file')
            [CompletionResult]::new('--tlsca', '--tlsca', [CompletionResultType]::ParameterName, 'CA file that signed the server''s certificate (TLS is then required)')
            [CompletionResult]::new('--tlsfirst', '--tlsfirst', [CompletionResultType]::ParameterName, 'Start TLS before the server''s INFO (for servers with handshake_first)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('creds', 'creds', [CompletionResultType]::ParameterValue, 'Print (or write) a user''s .creds file')
            [CompletionResult]::new('config', 'config', [CompletionResultType]::ParameterValue, 'Print a server configuration that trusts the current operator')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'natsx;account;generate;creds' {
            [CompletionResult]::new('-a', '-a', [CompletionResultType]::ParameterName, 'a')
            [CompletionResult]::new('--account', '--account', [CompletionResultType]::ParameterName, 'account')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'n')
            [CompletionResult]::new('--name', '--name', [CompletionResultType]::ParameterName, 'name')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'o')
            [CompletionResult]::new('--output-file', '--output-file', [CompletionResultType]::ParameterName, 'output-file')
            [CompletionResult]::new('--operator', '--operator', [CompletionResultType]::ParameterName, 'The operator whose store to use (default: the current one, as nsc)')
            [CompletionResult]::new('-s', '-s', [CompletionResultType]::ParameterName, 'NATS server URLs, comma separated [default: the context''s, else nats://127.0.0.1:4222]')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'NATS server URLs, comma separated [default: the context''s, else nats://127.0.0.1:4222]')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'The connection context to use (`natsx context`), instead of the selected one')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'Username or token')
            [CompletionResult]::new('--password', '--password', [CompletionResultType]::ParameterName, 'Password')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'Authentication token')
            [CompletionResult]::new('--creds', '--creds', [CompletionResultType]::ParameterName, 'User credentials file (JWT and seed)')
            [CompletionResult]::new('--nkey', '--nkey', [CompletionResultType]::ParameterName, 'NKey seed file')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Time to wait on connect and on responses (e.g. 5s, 500ms)')
            [CompletionResult]::new('--connection-name', '--connection-name', [CompletionResultType]::ParameterName, 'Name of this connection, as the server shows it')
            [CompletionResult]::new('--tlscert', '--tlscert', [CompletionResultType]::ParameterName, 'TLS client certificate file (with --tlskey)')
            [CompletionResult]::new('--tlskey', '--tlskey', [CompletionResultType]::ParameterName, 'TLS client key file')
            [CompletionResult]::new('--tlsca', '--tlsca', [CompletionResultType]::ParameterName, 'CA file that signed the server''s certificate (TLS is then required)')
            [CompletionResult]::new('--tlsfirst', '--tlsfirst', [CompletionResultType]::ParameterName, 'Start TLS before the server''s INFO (for servers with handshake_first)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'natsx;account;generate;config' {
            [CompletionResult]::new('--dir', '--dir', [CompletionResultType]::ParameterName, 'The resolver''s directory (with --nats-resolver)')
            [CompletionResult]::new('--sys-account', '--sys-account', [CompletionResultType]::ParameterName, 'The system account (default: the operator''s)')
            [CompletionResult]::new('--config-file', '--config-file', [CompletionResultType]::ParameterName, 'config-file')
            [CompletionResult]::new('--operator', '--operator', [CompletionResultType]::ParameterName, 'The operator whose store to use (default: the current one, as nsc)')
            [CompletionResult]::new('-s', '-s', [CompletionResultType]::ParameterName, 'NATS server URLs, comma separated [default: the context''s, else nats://127.0.0.1:4222]')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'NATS server URLs, comma separated [default: the context''s, else nats://127.0.0.1:4222]')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'The connection context to use (`natsx context`), instead of the selected one')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'Username or token')
            [CompletionResult]::new('--password', '--password', [CompletionResultType]::ParameterName, 'Password')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'Authentication token')
            [CompletionResult]::new('--creds', '--creds', [CompletionResultType]::ParameterName, 'User credentials file (JWT and seed)')
            [CompletionResult]::new('--nkey', '--nkey', [CompletionResultType]::ParameterName, 'NKey seed file')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Time to wait on connect and on responses (e.g. 5s, 500ms)')
            [CompletionResult]::new('--connection-name', '--connection-name', [CompletionResultType]::ParameterName, 'Name of this connection, as the server shows it')
            [CompletionResult]::new('--tlscert', '--tlscert', [CompletionResultType]::ParameterName, 'TLS client certificate file (with --tlskey)')
            [CompletionResult]::new('--tlskey', '--tlskey', [CompletionResultType]::ParameterName, 'TLS client key file')
            [CompletionResult]::new('--tlsca', '--tlsca', [CompletionResultType]::ParameterName, 'CA file that signed the server''s certificate (TLS is then required)')
            [CompletionResult]::new('--mem-resolver', '--mem-resolver', [CompletionResultType]::ParameterName, 'With every account JWT preloaded (resolver: MEMORY)')
            [CompletionResult]::new('--nats-resolver', '--nats-resolver', [CompletionResultType]::ParameterName, 'With the NATS-based resolver (`resolver { type: full }`), the system account preloaded; the others are pushed with `natsx account push`')
            [CompletionResult]::new('--tlsfirst', '--tlsfirst', [CompletionResultType]::ParameterName, 'Start TLS before the server''s INFO (for servers with handshake_first)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'natsx;account;generate;help' {
            [CompletionResult]::new('creds', 'creds', [CompletionResultType]::ParameterValue, 'Print (or write) a user''s .creds file')
            [CompletionResult]::new('config', 'config', [CompletionResultType]::ParameterValue, 'Print a server configuration that trusts the current operator')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'natsx;account;generate;help;creds' {
            break
        }
        'natsx;account;generate;help;config' {
            break
        }
        'natsx;account;generate;help;help' {
            break
        }
        'natsx;account;describe' {
            [CompletionResult]::new('-a', '-a', [CompletionResultType]::ParameterName, 'The user''s account')
            [CompletionResult]::new('--account', '--account', [CompletionResultType]::ParameterName, 'The user''s account')
            [CompletionResult]::new('-f', '-f', [CompletionResultType]::ParameterName, 'A JWT (or creds) file instead of the store; `-` reads standard input')
            [CompletionResult]::new('--file', '--file', [CompletionResultType]::ParameterName, 'A JWT (or creds) file instead of the store; `-` reads standard input')
            [CompletionResult]::new('--operator', '--operator', [CompletionResultType]::ParameterName, 'The operator whose store to use (default: the current one, as nsc)')
            [CompletionResult]::new('-s', '-s', [CompletionResultType]::ParameterName, 'NATS server URLs, comma separated [default: the context''s, else nats://127.0.0.1:4222]')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'NATS server URLs, comma separated [default: the context''s, else nats://127.0.0.1:4222]')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'The connection context to use (`natsx context`), instead of the selected one')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'Username or token')
            [CompletionResult]::new('--password', '--password', [CompletionResultType]::ParameterName, 'Password')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'Authentication token')
            [CompletionResult]::new('--creds', '--creds', [CompletionResultType]::ParameterName, 'User credentials file (JWT and seed)')
            [CompletionResult]::new('--nkey', '--nkey', [CompletionResultType]::ParameterName, 'NKey seed file')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Time to wait on connect and on responses (e.g. 5s, 500ms)')
            [CompletionResult]::new('--connection-name', '--connection-name', [CompletionResultType]::ParameterName, 'Name of this connection, as the server shows it')
            [CompletionResult]::new('--tlscert', '--tlscert', [CompletionResultType]::ParameterName, 'TLS client certificate file (with --tlskey)')
            [CompletionResult]::new('--tlskey', '--tlskey', [CompletionResultType]::ParameterName, 'TLS client key file')
            [CompletionResult]::new('--tlsca', '--tlsca', [CompletionResultType]::ParameterName, 'CA file that signed the server''s certificate (TLS is then required)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'json')
            [CompletionResult]::new('--tlsfirst', '--tlsfirst', [CompletionResultType]::ParameterName, 'Start TLS before the server''s INFO (for servers with handshake_first)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'natsx;account;list' {
            [CompletionResult]::new('--operator', '--operator', [CompletionResultType]::ParameterName, 'The operator whose store to use (default: the current one, as nsc)')
            [CompletionResult]::new('-s', '-s', [CompletionResultType]::ParameterName, 'NATS server URLs, comma separated [default: the context''s, else nats://127.0.0.1:4222]')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'NATS server URLs, comma separated [default: the context''s, else nats://127.0.0.1:4222]')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'The connection context to use (`natsx context`), instead of the selected one')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'Username or token')
            [CompletionResult]::new('--password', '--password', [CompletionResultType]::ParameterName, 'Password')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'Authentication token')
            [CompletionResult]::new('--creds', '--creds', [CompletionResultType]::ParameterName, 'User credentials file (JWT and seed)')
            [CompletionResult]::new('--nkey', '--nkey', [CompletionResultType]::ParameterName, 'NKey seed file')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Time to wait on connect and on responses (e.g. 5s, 500ms)')
            [CompletionResult]::new('--connection-name', '--connection-name', [CompletionResultType]::ParameterName, 'Name of this connection, as the server shows it')
            [CompletionResult]::new('--tlscert', '--tlscert', [CompletionResultType]::ParameterName, 'TLS client certificate file (with --tlskey)')
            [CompletionResult]::new('--tlskey', '--tlskey', [CompletionResultType]::ParameterName, 'TLS client key file')
            [CompletionResult]::new('--tlsca', '--tlsca', [CompletionResultType]::ParameterName, 'CA file that signed the server''s certificate (TLS is then required)')
            [CompletionResult]::new('--tlsfirst', '--tlsfirst', [CompletionResultType]::ParameterName, 'Start TLS before the server''s INFO (for servers with handshake_first)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('keys', 'keys', [CompletionResultType]::ParameterValue, 'The operator''s, accounts'' and users'' keys, and whether their seeds are stored')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'natsx;account;list;keys' {
            [CompletionResult]::new('--operator', '--operator', [CompletionResultType]::ParameterName, 'The operator whose store to use (default: the current one, as nsc)')
            [CompletionResult]::new('-s', '-s', [CompletionResultType]::ParameterName, 'NATS server URLs, comma separated [default: the context''s, else nats://127.0.0.1:4222]')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'NATS server URLs, comma separated [default: the context''s, else nats://127.0.0.1:4222]')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'The connection context to use (`natsx context`), instead of the selected one')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'Username or token')
            [CompletionResult]::new('--password', '--password', [CompletionResultType]::ParameterName, 'Password')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'Authentication token')
            [CompletionResult]::new('--creds', '--creds', [CompletionResultType]::ParameterName, 'User credentials file (JWT and seed)')
            [CompletionResult]::new('--nkey', '--nkey', [CompletionResultType]::ParameterName, 'NKey seed file')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Time to wait on connect and on responses (e.g. 5s, 500ms)')
            [CompletionResult]::new('--connection-name', '--connection-name', [CompletionResultType]::ParameterName, 'Name of this connection, as the server shows it')
            [CompletionResult]::new('--tlscert', '--tlscert', [CompletionResultType]::ParameterName, 'TLS client certificate file (with --tlskey)')
            [CompletionResult]::new('--tlskey', '--tlskey', [CompletionResultType]::ParameterName, 'TLS client key file')
            [CompletionResult]::new('--tlsca', '--tlsca', [CompletionResultType]::ParameterName, 'CA file that signed the server''s certificate (TLS is then required)')
            [CompletionResult]::new('--tlsfirst', '--tlsfirst', [CompletionResultType]::ParameterName, 'Start TLS before the server''s INFO (for servers with handshake_first)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'natsx;account;list;help' {
            [CompletionResult]::new('keys', 'keys', [CompletionResultType]::ParameterValue, 'The operator''s, accounts'' and users'' keys, and whether their seeds are stored')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'natsx;account;list;help;keys' {
            break
        }
        'natsx;account;list;help;help' {
            break
        }
        'natsx;account;callout' {
            [CompletionResult]::new('--operator', '--operator', [CompletionResultType]::ParameterName, 'The operator whose store to use (default: the current one, as nsc)')
            [CompletionResult]::new('-s', '-s', [CompletionResultType]::ParameterName, 'NATS server URLs, comma separated [default: the context''s, else nats://127.0.0.1:4222]')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'NATS server URLs, comma separated [default: the context''s, else nats://127.0.0.1:4222]')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'The connection context to use (`natsx context`), instead of the selected one')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'Username or token')
            [CompletionResult]::new('--password', '--password', [CompletionResultType]::ParameterName, 'Password')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'Authentication token')
            [CompletionResult]::new('--creds', '--creds', [CompletionResultType]::ParameterName, 'User credentials file (JWT and seed)')
            [CompletionResult]::new('--nkey', '--nkey', [CompletionResultType]::ParameterName, 'NKey seed file')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Time to wait on connect and on responses (e.g. 5s, 500ms)')
            [CompletionResult]::new('--connection-name', '--connection-name', [CompletionResultType]::ParameterName, 'Name of this connection, as the server shows it')
            [CompletionResult]::new('--tlscert', '--tlscert', [CompletionResultType]::ParameterName, 'TLS client certificate file (with --tlskey)')
            [CompletionResult]::new('--tlskey', '--tlskey', [CompletionResultType]::ParameterName, 'TLS client key file')
            [CompletionResult]::new('--tlsca', '--tlsca', [CompletionResultType]::ParameterName, 'CA file that signed the server''s certificate (TLS is then required)')
            [CompletionResult]::new('--tlsfirst', '--tlsfirst', [CompletionResultType]::ParameterName, 'Start TLS before the server''s INFO (for servers with handshake_first)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('serve', 'serve', [CompletionResultType]::ParameterValue, 'Answer auth callout requests from a users file')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'natsx;account;callout;serve' {
            [CompletionResult]::new('--issuer-seed', '--issuer-seed', [CompletionResultType]::ParameterName, 'The issuer account''s seed (SA...): it signs the answers; its public key is the server''s `auth_callout { issuer }`')
            [CompletionResult]::new('--users', '--users', [CompletionResultType]::ParameterName, 'The users file (JSON: name → password, account, publish, subscribe)')
            [CompletionResult]::new('--xkey-seed', '--xkey-seed', [CompletionResultType]::ParameterName, 'The service''s curve seed (SX...), when the server''s `auth_callout { xkey }` names its public key')
            [CompletionResult]::new('--account-seed', '--account-seed', [CompletionResultType]::ParameterName, 'Seeds of other accounts (SA...) whose users the service issues, for operator mode''s `allowed_accounts` (repeatable)')
            [CompletionResult]::new('--count', '--count', [CompletionResultType]::ParameterName, 'Stop after answering this many requests (default: run until interrupted)')
            [CompletionResult]::new('--operator', '--operator', [CompletionResultType]::ParameterName, 'The operator whose store to use (default: the current one, as nsc)')
            [CompletionResult]::new('-s', '-s', [CompletionResultType]::ParameterName, 'NATS server URLs, comma separated [default: the context''s, else nats://127.0.0.1:4222]')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'NATS server URLs, comma separated [default: the context''s, else nats://127.0.0.1:4222]')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'The connection context to use (`natsx context`), instead of the selected one')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'Username or token')
            [CompletionResult]::new('--password', '--password', [CompletionResultType]::ParameterName, 'Password')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'Authentication token')
            [CompletionResult]::new('--creds', '--creds', [CompletionResultType]::ParameterName, 'User credentials file (JWT and seed)')
            [CompletionResult]::new('--nkey', '--nkey', [CompletionResultType]::ParameterName, 'NKey seed file')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Time to wait on connect and on responses (e.g. 5s, 500ms)')
            [CompletionResult]::new('--connection-name', '--connection-name', [CompletionResultType]::ParameterName, 'Name of this connection, as the server shows it')
            [CompletionResult]::new('--tlscert', '--tlscert', [CompletionResultType]::ParameterName, 'TLS client certificate file (with --tlskey)')
            [CompletionResult]::new('--tlskey', '--tlskey', [CompletionResultType]::ParameterName, 'TLS client key file')
            [CompletionResult]::new('--tlsca', '--tlsca', [CompletionResultType]::ParameterName, 'CA file that signed the server''s certificate (TLS is then required)')
            [CompletionResult]::new('--tlsfirst', '--tlsfirst', [CompletionResultType]::ParameterName, 'Start TLS before the server''s INFO (for servers with handshake_first)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'natsx;account;callout;help' {
            [CompletionResult]::new('serve', 'serve', [CompletionResultType]::ParameterValue, 'Answer auth callout requests from a users file')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'natsx;account;callout;help;serve' {
            break
        }
        'natsx;account;callout;help;help' {
            break
        }
        'natsx;account;revocations' {
            [CompletionResult]::new('--operator', '--operator', [CompletionResultType]::ParameterName, 'The operator whose store to use (default: the current one, as nsc)')
            [CompletionResult]::new('-s', '-s', [CompletionResultType]::ParameterName, 'NATS server URLs, comma separated [default: the context''s, else nats://127.0.0.1:4222]')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'NATS server URLs, comma separated [default: the context''s, else nats://127.0.0.1:4222]')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'The connection context to use (`natsx context`), instead of the selected one')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'Username or token')
            [CompletionResult]::new('--password', '--password', [CompletionResultType]::ParameterName, 'Password')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'Authentication token')
            [CompletionResult]::new('--creds', '--creds', [CompletionResultType]::ParameterName, 'User credentials file (JWT and seed)')
            [CompletionResult]::new('--nkey', '--nkey', [CompletionResultType]::ParameterName, 'NKey seed file')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Time to wait on connect and on responses (e.g. 5s, 500ms)')
            [CompletionResult]::new('--connection-name', '--connection-name', [CompletionResultType]::ParameterName, 'Name of this connection, as the server shows it')
            [CompletionResult]::new('--tlscert', '--tlscert', [CompletionResultType]::ParameterName, 'TLS client certificate file (with --tlskey)')
            [CompletionResult]::new('--tlskey', '--tlskey', [CompletionResultType]::ParameterName, 'TLS client key file')
            [CompletionResult]::new('--tlsca', '--tlsca', [CompletionResultType]::ParameterName, 'CA file that signed the server''s certificate (TLS is then required)')
            [CompletionResult]::new('--tlsfirst', '--tlsfirst', [CompletionResultType]::ParameterName, 'Start TLS before the server''s INFO (for servers with handshake_first)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('add-user', 'add-user', [CompletionResultType]::ParameterValue, 'Revoke a user''s JWTs issued until now')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'natsx;account;revocations;add-user' {
            [CompletionResult]::new('-a', '-a', [CompletionResultType]::ParameterName, 'a')
            [CompletionResult]::new('--account', '--account', [CompletionResultType]::ParameterName, 'account')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'n')
            [CompletionResult]::new('--name', '--name', [CompletionResultType]::ParameterName, 'name')
            [CompletionResult]::new('--operator', '--operator', [CompletionResultType]::ParameterName, 'The operator whose store to use (default: the current one, as nsc)')
            [CompletionResult]::new('-s', '-s', [CompletionResultType]::ParameterName, 'NATS server URLs, comma separated [default: the context''s, else nats://127.0.0.1:4222]')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'NATS server URLs, comma separated [default: the context''s, else nats://127.0.0.1:4222]')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'The connection context to use (`natsx context`), instead of the selected one')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'Username or token')
            [CompletionResult]::new('--password', '--password', [CompletionResultType]::ParameterName, 'Password')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'Authentication token')
            [CompletionResult]::new('--creds', '--creds', [CompletionResultType]::ParameterName, 'User credentials file (JWT and seed)')
            [CompletionResult]::new('--nkey', '--nkey', [CompletionResultType]::ParameterName, 'NKey seed file')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Time to wait on connect and on responses (e.g. 5s, 500ms)')
            [CompletionResult]::new('--connection-name', '--connection-name', [CompletionResultType]::ParameterName, 'Name of this connection, as the server shows it')
            [CompletionResult]::new('--tlscert', '--tlscert', [CompletionResultType]::ParameterName, 'TLS client certificate file (with --tlskey)')
            [CompletionResult]::new('--tlskey', '--tlskey', [CompletionResultType]::ParameterName, 'TLS client key file')
            [CompletionResult]::new('--tlsca', '--tlsca', [CompletionResultType]::ParameterName, 'CA file that signed the server''s certificate (TLS is then required)')
            [CompletionResult]::new('--tlsfirst', '--tlsfirst', [CompletionResultType]::ParameterName, 'Start TLS before the server''s INFO (for servers with handshake_first)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'natsx;account;revocations;help' {
            [CompletionResult]::new('add-user', 'add-user', [CompletionResultType]::ParameterValue, 'Revoke a user''s JWTs issued until now')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'natsx;account;revocations;help;add-user' {
            break
        }
        'natsx;account;revocations;help;help' {
            break
        }
        'natsx;account;push' {
            [CompletionResult]::new('-a', '-a', [CompletionResultType]::ParameterName, 'The account to push (default: the current one)')
            [CompletionResult]::new('--account', '--account', [CompletionResultType]::ParameterName, 'The account to push (default: the current one)')
            [CompletionResult]::new('-R', '-R ', [CompletionResultType]::ParameterName, 'Remove this account (name or public key) from the server''s resolver')
            [CompletionResult]::new('--account-removal', '--account-removal', [CompletionResultType]::ParameterName, 'Remove this account (name or public key) from the server''s resolver')
            [CompletionResult]::new('--operator', '--operator', [CompletionResultType]::ParameterName, 'The operator whose store to use (default: the current one, as nsc)')
            [CompletionResult]::new('-s', '-s', [CompletionResultType]::ParameterName, 'NATS server URLs, comma separated [default: the context''s, else nats://127.0.0.1:4222]')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'NATS server URLs, comma separated [default: the context''s, else nats://127.0.0.1:4222]')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'The connection context to use (`natsx context`), instead of the selected one')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'Username or token')
            [CompletionResult]::new('--password', '--password', [CompletionResultType]::ParameterName, 'Password')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'Authentication token')
            [CompletionResult]::new('--creds', '--creds', [CompletionResultType]::ParameterName, 'User credentials file (JWT and seed)')
            [CompletionResult]::new('--nkey', '--nkey', [CompletionResultType]::ParameterName, 'NKey seed file')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Time to wait on connect and on responses (e.g. 5s, 500ms)')
            [CompletionResult]::new('--connection-name', '--connection-name', [CompletionResultType]::ParameterName, 'Name of this connection, as the server shows it')
            [CompletionResult]::new('--tlscert', '--tlscert', [CompletionResultType]::ParameterName, 'TLS client certificate file (with --tlskey)')
            [CompletionResult]::new('--tlskey', '--tlskey', [CompletionResultType]::ParameterName, 'TLS client key file')
            [CompletionResult]::new('--tlsca', '--tlsca', [CompletionResultType]::ParameterName, 'CA file that signed the server''s certificate (TLS is then required)')
            [CompletionResult]::new('-A', '-A ', [CompletionResultType]::ParameterName, 'Push every account of the operator')
            [CompletionResult]::new('--all', '--all', [CompletionResultType]::ParameterName, 'Push every account of the operator')
            [CompletionResult]::new('-P', '-P ', [CompletionResultType]::ParameterName, 'Remove the accounts the store does not have from the server''s resolver')
            [CompletionResult]::new('--prune', '--prune', [CompletionResultType]::ParameterName, 'Remove the accounts the store does not have from the server''s resolver')
            [CompletionResult]::new('--tlsfirst', '--tlsfirst', [CompletionResultType]::ParameterName, 'Start TLS before the server''s INFO (for servers with handshake_first)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'natsx;account;pull' {
            [CompletionResult]::new('-a', '-a', [CompletionResultType]::ParameterName, 'The account to pull (default: the current one)')
            [CompletionResult]::new('--account', '--account', [CompletionResultType]::ParameterName, 'The account to pull (default: the current one)')
            [CompletionResult]::new('--operator', '--operator', [CompletionResultType]::ParameterName, 'The operator whose store to use (default: the current one, as nsc)')
            [CompletionResult]::new('-s', '-s', [CompletionResultType]::ParameterName, 'NATS server URLs, comma separated [default: the context''s, else nats://127.0.0.1:4222]')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'NATS server URLs, comma separated [default: the context''s, else nats://127.0.0.1:4222]')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'The connection context to use (`natsx context`), instead of the selected one')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'Username or token')
            [CompletionResult]::new('--password', '--password', [CompletionResultType]::ParameterName, 'Password')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'Authentication token')
            [CompletionResult]::new('--creds', '--creds', [CompletionResultType]::ParameterName, 'User credentials file (JWT and seed)')
            [CompletionResult]::new('--nkey', '--nkey', [CompletionResultType]::ParameterName, 'NKey seed file')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Time to wait on connect and on responses (e.g. 5s, 500ms)')
            [CompletionResult]::new('--connection-name', '--connection-name', [CompletionResultType]::ParameterName, 'Name of this connection, as the server shows it')
            [CompletionResult]::new('--tlscert', '--tlscert', [CompletionResultType]::ParameterName, 'TLS client certificate file (with --tlskey)')
            [CompletionResult]::new('--tlskey', '--tlskey', [CompletionResultType]::ParameterName, 'TLS client key file')
            [CompletionResult]::new('--tlsca', '--tlsca', [CompletionResultType]::ParameterName, 'CA file that signed the server''s certificate (TLS is then required)')
            [CompletionResult]::new('-A', '-A ', [CompletionResultType]::ParameterName, 'Pull every account the server has (those of this operator)')
            [CompletionResult]::new('--all', '--all', [CompletionResultType]::ParameterName, 'Pull every account the server has (those of this operator)')
            [CompletionResult]::new('--overwrite-newer', '--overwrite-newer', [CompletionResultType]::ParameterName, 'Replace the store''s JWT even when it is newer')
            [CompletionResult]::new('--tlsfirst', '--tlsfirst', [CompletionResultType]::ParameterName, 'Start TLS before the server''s INFO (for servers with handshake_first)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'natsx;account;help' {
            [CompletionResult]::new('info', 'info', [CompletionResultType]::ParameterValue, 'Show the connected account: connection, permissions, JetStream usage and limits')
            [CompletionResult]::new('nkey', 'nkey', [CompletionResultType]::ParameterValue, 'Make and use NKeys: gen, show, sign, verify (as `nats auth nkey`)')
            [CompletionResult]::new('init', 'init', [CompletionResultType]::ParameterValue, 'Create an operator with a system account, in an nsc store (as `nsc init`)')
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Add an operator, account or user (as `nsc add`)')
            [CompletionResult]::new('edit', 'edit', [CompletionResultType]::ParameterValue, 'Change an account, or scope a signing key (as `nsc edit`)')
            [CompletionResult]::new('generate', 'generate', [CompletionResultType]::ParameterValue, 'Generate a user''s creds or a server configuration (as `nsc generate`)')
            [CompletionResult]::new('describe', 'describe', [CompletionResultType]::ParameterValue, 'Show an operator, account or user JWT: from the store, a file or stdin (`--file -`)')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the store''s keys (as `nsc list keys --all`)')
            [CompletionResult]::new('callout', 'callout', [CompletionResultType]::ParameterValue, 'Run an auth callout service (`serve`) that admits the users of a file')
            [CompletionResult]::new('revocations', 'revocations', [CompletionResultType]::ParameterValue, 'Revoke users (as `nsc revocations`)')
            [CompletionResult]::new('push', 'push', [CompletionResultType]::ParameterValue, 'Send account JWTs to a server''s NATS-based resolver, or remove them (as `nsc push`)')
            [CompletionResult]::new('pull', 'pull', [CompletionResultType]::ParameterValue, 'Fetch account JWTs from a server''s NATS-based resolver into the store (as `nsc pull`)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'natsx;account;help;info' {
            break
        }
        'natsx;account;help;nkey' {
            [CompletionResult]::new('gen', 'gen', [CompletionResultType]::ParameterValue, 'Generate a key pair and print its seed')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Print the public key of a seed file')
            [CompletionResult]::new('sign', 'sign', [CompletionResultType]::ParameterValue, 'Sign a file with a seed; prints the base64url signature')
            [CompletionResult]::new('verify', 'verify', [CompletionResultType]::ParameterValue, 'Verify a file''s signature (a file holding the base64url signature) with a public key or a seed')
            break
        }
        'natsx;account;help;nkey;gen' {
            break
        }
        'natsx;account;help;nkey;show' {
            break
        }
        'natsx;account;help;nkey;sign' {
            break
        }
        'natsx;account;help;nkey;verify' {
            break
        }
        'natsx;account;help;init' {
            break
        }
        'natsx;account;help;add' {
            [CompletionResult]::new('operator', 'operator', [CompletionResultType]::ParameterValue, 'Add an operator (its key signs accounts)')
            [CompletionResult]::new('account', 'account', [CompletionResultType]::ParameterValue, 'Add an account signed by the current operator')
            [CompletionResult]::new('user', 'user', [CompletionResultType]::ParameterValue, 'Add a user signed by an account')
            break
        }
        'natsx;account;help;add;operator' {
            break
        }
        'natsx;account;help;add;account' {
            break
        }
        'natsx;account;help;add;user' {
            break
        }
        'natsx;account;help;edit' {
            [CompletionResult]::new('account', 'account', [CompletionResultType]::ParameterValue, 'Change an account''s limits or signing keys')
            [CompletionResult]::new('signing-key', 'signing-key', [CompletionResultType]::ParameterValue, 'Make a signing key scoped: its users get this role''s permissions (a template: `{{name()}}`, `{{tag(NAME)}}` ... are filled in per user)')
            [CompletionResult]::new('authcallout', 'authcallout', [CompletionResultType]::ParameterValue, 'Make the account an auth callout account (as `nsc edit authcallout`): clients presenting its users'' JWTs, but for `--auth-user`s, are handed to the callout service running as an auth user')
            break
        }
        'natsx;account;help;edit;account' {
            break
        }
        'natsx;account;help;edit;signing-key' {
            break
        }
        'natsx;account;help;edit;authcallout' {
            break
        }
        'natsx;account;help;generate' {
            [CompletionResult]::new('creds', 'creds', [CompletionResultType]::ParameterValue, 'Print (or write) a user''s .creds file')
            [CompletionResult]::new('config', 'config', [CompletionResultType]::ParameterValue, 'Print a server configuration that trusts the current operator')
            break
        }
        'natsx;account;help;generate;creds' {
            break
        }
        'natsx;account;help;generate;config' {
            break
        }
        'natsx;account;help;describe' {
            break
        }
        'natsx;account;help;list' {
            [CompletionResult]::new('keys', 'keys', [CompletionResultType]::ParameterValue, 'The operator''s, accounts'' and users'' keys, and whether their seeds are stored')
            break
        }
        'natsx;account;help;list;keys' {
            break
        }
        'natsx;account;help;callout' {
            [CompletionResult]::new('serve', 'serve', [CompletionResultType]::ParameterValue, 'Answer auth callout requests from a users file')
            break
        }
        'natsx;account;help;callout;serve' {
            break
        }
        'natsx;account;help;revocations' {
            [CompletionResult]::new('add-user', 'add-user', [CompletionResultType]::ParameterValue, 'Revoke a user''s JWTs issued until now')
            break
        }
        'natsx;account;help;revocations;add-user' {
            break
        }
        'natsx;account;help;push' {
            break
        }
        'natsx;account;help;pull' {
            break
        }
        'natsx;account;help;help' {
            break
        }
        'natsx;rtt' {
            [CompletionResult]::new('--iterations', '--iterations', [CompletionResultType]::ParameterName, 'How many round trips to average')
            [CompletionResult]::new('-s', '-s', [CompletionResultType]::ParameterName, 'NATS server URLs, comma separated [default: the context''s, else nats://127.0.0.1:4222]')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'NATS server URLs, comma separated [default: the context''s, else nats://127.0.0.1:4222]')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'The connection context to use (`natsx context`), instead of the selected one')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'Username or token')
            [CompletionResult]::new('--password', '--password', [CompletionResultType]::ParameterName, 'Password')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'Authentication token')
            [CompletionResult]::new('--creds', '--creds', [CompletionResultType]::ParameterName, 'User credentials file (JWT and seed)')
            [CompletionResult]::new('--nkey', '--nkey', [CompletionResultType]::ParameterName, 'NKey seed file')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Time to wait on connect and on responses (e.g. 5s, 500ms)')
            [CompletionResult]::new('--connection-name', '--connection-name', [CompletionResultType]::ParameterName, 'Name of this connection, as the server shows it')
            [CompletionResult]::new('--tlscert', '--tlscert', [CompletionResultType]::ParameterName, 'TLS client certificate file (with --tlskey)')
            [CompletionResult]::new('--tlskey', '--tlskey', [CompletionResultType]::ParameterName, 'TLS client key file')
            [CompletionResult]::new('--tlsca', '--tlsca', [CompletionResultType]::ParameterName, 'CA file that signed the server''s certificate (TLS is then required)')
            [CompletionResult]::new('--tlsfirst', '--tlsfirst', [CompletionResultType]::ParameterName, 'Start TLS before the server''s INFO (for servers with handshake_first)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'natsx;events' {
            [CompletionResult]::new('--count', '--count', [CompletionResultType]::ParameterName, 'Stop after this many events')
            [CompletionResult]::new('-s', '-s', [CompletionResultType]::ParameterName, 'NATS server URLs, comma separated [default: the context''s, else nats://127.0.0.1:4222]')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'NATS server URLs, comma separated [default: the context''s, else nats://127.0.0.1:4222]')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'The connection context to use (`natsx context`), instead of the selected one')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'Username or token')
            [CompletionResult]::new('--password', '--password', [CompletionResultType]::ParameterName, 'Password')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'Authentication token')
            [CompletionResult]::new('--creds', '--creds', [CompletionResultType]::ParameterName, 'User credentials file (JWT and seed)')
            [CompletionResult]::new('--nkey', '--nkey', [CompletionResultType]::ParameterName, 'NKey seed file')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Time to wait on connect and on responses (e.g. 5s, 500ms)')
            [CompletionResult]::new('--connection-name', '--connection-name', [CompletionResultType]::ParameterName, 'Name of this connection, as the server shows it')
            [CompletionResult]::new('--tlscert', '--tlscert', [CompletionResultType]::ParameterName, 'TLS client certificate file (with --tlskey)')
            [CompletionResult]::new('--tlskey', '--tlskey', [CompletionResultType]::ParameterName, 'TLS client key file')
            [CompletionResult]::new('--tlsca', '--tlsca', [CompletionResultType]::ParameterName, 'CA file that signed the server''s certificate (TLS is then required)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'One JSON document per line')
            [CompletionResult]::new('--tlsfirst', '--tlsfirst', [CompletionResultType]::ParameterName, 'Start TLS before the server''s INFO (for servers with handshake_first)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'natsx;repl' {
            [CompletionResult]::new('-s', '-s', [CompletionResultType]::ParameterName, 'NATS server URLs, comma separated [default: the context''s, else nats://127.0.0.1:4222]')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'NATS server URLs, comma separated [default: the context''s, else nats://127.0.0.1:4222]')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'The connection context to use (`natsx context`), instead of the selected one')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'Username or token')
            [CompletionResult]::new('--password', '--password', [CompletionResultType]::ParameterName, 'Password')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'Authentication token')
            [CompletionResult]::new('--creds', '--creds', [CompletionResultType]::ParameterName, 'User credentials file (JWT and seed)')
            [CompletionResult]::new('--nkey', '--nkey', [CompletionResultType]::ParameterName, 'NKey seed file')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Time to wait on connect and on responses (e.g. 5s, 500ms)')
            [CompletionResult]::new('--connection-name', '--connection-name', [CompletionResultType]::ParameterName, 'Name of this connection, as the server shows it')
            [CompletionResult]::new('--tlscert', '--tlscert', [CompletionResultType]::ParameterName, 'TLS client certificate file (with --tlskey)')
            [CompletionResult]::new('--tlskey', '--tlskey', [CompletionResultType]::ParameterName, 'TLS client key file')
            [CompletionResult]::new('--tlsca', '--tlsca', [CompletionResultType]::ParameterName, 'CA file that signed the server''s certificate (TLS is then required)')
            [CompletionResult]::new('--tlsfirst', '--tlsfirst', [CompletionResultType]::ParameterName, 'Start TLS before the server''s INFO (for servers with handshake_first)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'natsx;micro' {
            [CompletionResult]::new('-s', '-s', [CompletionResultType]::ParameterName, 'NATS server URLs, comma separated [default: the context''s, else nats://127.0.0.1:4222]')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'NATS server URLs, comma separated [default: the context''s, else nats://127.0.0.1:4222]')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'The connection context to use (`natsx context`), instead of the selected one')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'Username or token')
            [CompletionResult]::new('--password', '--password', [CompletionResultType]::ParameterName, 'Password')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'Authentication token')
            [CompletionResult]::new('--creds', '--creds', [CompletionResultType]::ParameterName, 'User credentials file (JWT and seed)')
            [CompletionResult]::new('--nkey', '--nkey', [CompletionResultType]::ParameterName, 'NKey seed file')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Time to wait on connect and on responses (e.g. 5s, 500ms)')
            [CompletionResult]::new('--connection-name', '--connection-name', [CompletionResultType]::ParameterName, 'Name of this connection, as the server shows it')
            [CompletionResult]::new('--tlscert', '--tlscert', [CompletionResultType]::ParameterName, 'TLS client certificate file (with --tlskey)')
            [CompletionResult]::new('--tlskey', '--tlskey', [CompletionResultType]::ParameterName, 'TLS client key file')
            [CompletionResult]::new('--tlsca', '--tlsca', [CompletionResultType]::ParameterName, 'CA file that signed the server''s certificate (TLS is then required)')
            [CompletionResult]::new('--tlsfirst', '--tlsfirst', [CompletionResultType]::ParameterName, 'Start TLS before the server''s INFO (for servers with handshake_first)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('ls', 'ls', [CompletionResultType]::ParameterValue, 'List the running service instances (name, version, id, description)')
            [CompletionResult]::new('info', 'info', [CompletionResultType]::ParameterValue, 'A service''s description, endpoints and metadata (each instance, or one by id)')
            [CompletionResult]::new('stats', 'stats', [CompletionResultType]::ParameterValue, 'A service''s request counts, errors and processing times per endpoint')
            [CompletionResult]::new('ping', 'ping', [CompletionResultType]::ParameterValue, 'Ping the instances (all, or of one service) and show how long each took')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'natsx;micro;ls' {
            [CompletionResult]::new('-s', '-s', [CompletionResultType]::ParameterName, 'NATS server URLs, comma separated [default: the context''s, else nats://127.0.0.1:4222]')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'NATS server URLs, comma separated [default: the context''s, else nats://127.0.0.1:4222]')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'The connection context to use (`natsx context`), instead of the selected one')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'Username or token')
            [CompletionResult]::new('--password', '--password', [CompletionResultType]::ParameterName, 'Password')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'Authentication token')
            [CompletionResult]::new('--creds', '--creds', [CompletionResultType]::ParameterName, 'User credentials file (JWT and seed)')
            [CompletionResult]::new('--nkey', '--nkey', [CompletionResultType]::ParameterName, 'NKey seed file')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Time to wait on connect and on responses (e.g. 5s, 500ms)')
            [CompletionResult]::new('--connection-name', '--connection-name', [CompletionResultType]::ParameterName, 'Name of this connection, as the server shows it')
            [CompletionResult]::new('--tlscert', '--tlscert', [CompletionResultType]::ParameterName, 'TLS client certificate file (with --tlskey)')
            [CompletionResult]::new('--tlskey', '--tlskey', [CompletionResultType]::ParameterName, 'TLS client key file')
            [CompletionResult]::new('--tlsca', '--tlsca', [CompletionResultType]::ParameterName, 'CA file that signed the server''s certificate (TLS is then required)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'json')
            [CompletionResult]::new('--tlsfirst', '--tlsfirst', [CompletionResultType]::ParameterName, 'Start TLS before the server''s INFO (for servers with handshake_first)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'natsx;micro;info' {
            [CompletionResult]::new('-s', '-s', [CompletionResultType]::ParameterName, 'NATS server URLs, comma separated [default: the context''s, else nats://127.0.0.1:4222]')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'NATS server URLs, comma separated [default: the context''s, else nats://127.0.0.1:4222]')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'The connection context to use (`natsx context`), instead of the selected one')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'Username or token')
            [CompletionResult]::new('--password', '--password', [CompletionResultType]::ParameterName, 'Password')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'Authentication token')
            [CompletionResult]::new('--creds', '--creds', [CompletionResultType]::ParameterName, 'User credentials file (JWT and seed)')
            [CompletionResult]::new('--nkey', '--nkey', [CompletionResultType]::ParameterName, 'NKey seed file')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Time to wait on connect and on responses (e.g. 5s, 500ms)')
            [CompletionResult]::new('--connection-name', '--connection-name', [CompletionResultType]::ParameterName, 'Name of this connection, as the server shows it')
            [CompletionResult]::new('--tlscert', '--tlscert', [CompletionResultType]::ParameterName, 'TLS client certificate file (with --tlskey)')
            [CompletionResult]::new('--tlskey', '--tlskey', [CompletionResultType]::ParameterName, 'TLS client key file')
            [CompletionResult]::new('--tlsca', '--tlsca', [CompletionResultType]::ParameterName, 'CA file that signed the server''s certificate (TLS is then required)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'json')
            [CompletionResult]::new('--tlsfirst', '--tlsfirst', [CompletionResultType]::ParameterName, 'Start TLS before the server''s INFO (for servers with handshake_first)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'natsx;micro;stats' {
            [CompletionResult]::new('-s', '-s', [CompletionResultType]::ParameterName, 'NATS server URLs, comma separated [default: the context''s, else nats://127.0.0.1:4222]')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'NATS server URLs, comma separated [default: the context''s, else nats://127.0.0.1:4222]')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'The connection context to use (`natsx context`), instead of the selected one')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'Username or token')
            [CompletionResult]::new('--password', '--password', [CompletionResultType]::ParameterName, 'Password')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'Authentication token')
            [CompletionResult]::new('--creds', '--creds', [CompletionResultType]::ParameterName, 'User credentials file (JWT and seed)')
            [CompletionResult]::new('--nkey', '--nkey', [CompletionResultType]::ParameterName, 'NKey seed file')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Time to wait on connect and on responses (e.g. 5s, 500ms)')
            [CompletionResult]::new('--connection-name', '--connection-name', [CompletionResultType]::ParameterName, 'Name of this connection, as the server shows it')
            [CompletionResult]::new('--tlscert', '--tlscert', [CompletionResultType]::ParameterName, 'TLS client certificate file (with --tlskey)')
            [CompletionResult]::new('--tlskey', '--tlskey', [CompletionResultType]::ParameterName, 'TLS client key file')
            [CompletionResult]::new('--tlsca', '--tlsca', [CompletionResultType]::ParameterName, 'CA file that signed the server''s certificate (TLS is then required)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'json')
            [CompletionResult]::new('--tlsfirst', '--tlsfirst', [CompletionResultType]::ParameterName, 'Start TLS before the server''s INFO (for servers with handshake_first)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'natsx;micro;ping' {
            [CompletionResult]::new('-s', '-s', [CompletionResultType]::ParameterName, 'NATS server URLs, comma separated [default: the context''s, else nats://127.0.0.1:4222]')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'NATS server URLs, comma separated [default: the context''s, else nats://127.0.0.1:4222]')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'The connection context to use (`natsx context`), instead of the selected one')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'Username or token')
            [CompletionResult]::new('--password', '--password', [CompletionResultType]::ParameterName, 'Password')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'Authentication token')
            [CompletionResult]::new('--creds', '--creds', [CompletionResultType]::ParameterName, 'User credentials file (JWT and seed)')
            [CompletionResult]::new('--nkey', '--nkey', [CompletionResultType]::ParameterName, 'NKey seed file')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Time to wait on connect and on responses (e.g. 5s, 500ms)')
            [CompletionResult]::new('--connection-name', '--connection-name', [CompletionResultType]::ParameterName, 'Name of this connection, as the server shows it')
            [CompletionResult]::new('--tlscert', '--tlscert', [CompletionResultType]::ParameterName, 'TLS client certificate file (with --tlskey)')
            [CompletionResult]::new('--tlskey', '--tlskey', [CompletionResultType]::ParameterName, 'TLS client key file')
            [CompletionResult]::new('--tlsca', '--tlsca', [CompletionResultType]::ParameterName, 'CA file that signed the server''s certificate (TLS is then required)')
            [CompletionResult]::new('--tlsfirst', '--tlsfirst', [CompletionResultType]::ParameterName, 'Start TLS before the server''s INFO (for servers with handshake_first)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'natsx;micro;help' {
            [CompletionResult]::new('ls', 'ls', [CompletionResultType]::ParameterValue, 'List the running service instances (name, version, id, description)')
            [CompletionResult]::new('info', 'info', [CompletionResultType]::ParameterValue, 'A service''s description, endpoints and metadata (each instance, or one by id)')
            [CompletionResult]::new('stats', 'stats', [CompletionResultType]::ParameterValue, 'A service''s request counts, errors and processing times per endpoint')
            [CompletionResult]::new('ping', 'ping', [CompletionResultType]::ParameterValue, 'Ping the instances (all, or of one service) and show how long each took')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'natsx;micro;help;ls' {
            break
        }
        'natsx;micro;help;info' {
            break
        }
        'natsx;micro;help;stats' {
            break
        }
        'natsx;micro;help;ping' {
            break
        }
        'natsx;micro;help;help' {
            break
        }
        'natsx;context' {
            [CompletionResult]::new('-s', '-s', [CompletionResultType]::ParameterName, 'NATS server URLs, comma separated [default: the context''s, else nats://127.0.0.1:4222]')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'NATS server URLs, comma separated [default: the context''s, else nats://127.0.0.1:4222]')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'The connection context to use (`natsx context`), instead of the selected one')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'Username or token')
            [CompletionResult]::new('--password', '--password', [CompletionResultType]::ParameterName, 'Password')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'Authentication token')
            [CompletionResult]::new('--creds', '--creds', [CompletionResultType]::ParameterName, 'User credentials file (JWT and seed)')
            [CompletionResult]::new('--nkey', '--nkey', [CompletionResultType]::ParameterName, 'NKey seed file')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Time to wait on connect and on responses (e.g. 5s, 500ms)')
            [CompletionResult]::new('--connection-name', '--connection-name', [CompletionResultType]::ParameterName, 'Name of this connection, as the server shows it')
            [CompletionResult]::new('--tlscert', '--tlscert', [CompletionResultType]::ParameterName, 'TLS client certificate file (with --tlskey)')
            [CompletionResult]::new('--tlskey', '--tlskey', [CompletionResultType]::ParameterName, 'TLS client key file')
            [CompletionResult]::new('--tlsca', '--tlsca', [CompletionResultType]::ParameterName, 'CA file that signed the server''s certificate (TLS is then required)')
            [CompletionResult]::new('--tlsfirst', '--tlsfirst', [CompletionResultType]::ParameterName, 'Start TLS before the server''s INFO (for servers with handshake_first)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Save a context from the connection flags given (`-s`, `--user`, `--creds`, ...)')
            [CompletionResult]::new('edit', 'edit', [CompletionResultType]::ParameterValue, 'Change a context: the connection flags given replace its values')
            [CompletionResult]::new('ls', 'ls', [CompletionResultType]::ParameterValue, 'List the contexts (the selected one marked `*`)')
            [CompletionResult]::new('select', 'select', [CompletionResultType]::ParameterValue, 'Make a context the one every command uses by default')
            [CompletionResult]::new('info', 'info', [CompletionResultType]::ParameterValue, 'Show a context (default: the selected one); passwords and tokens are hidden')
            [CompletionResult]::new('rm', 'rm', [CompletionResultType]::ParameterValue, 'Remove a context (not the selected one)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'natsx;context;add' {
            [CompletionResult]::new('--description', '--description', [CompletionResultType]::ParameterName, 'description')
            [CompletionResult]::new('-s', '-s', [CompletionResultType]::ParameterName, 'NATS server URLs, comma separated [default: the context''s, else nats://127.0.0.1:4222]')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'NATS server URLs, comma separated [default: the context''s, else nats://127.0.0.1:4222]')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'The connection context to use (`natsx context`), instead of the selected one')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'Username or token')
            [CompletionResult]::new('--password', '--password', [CompletionResultType]::ParameterName, 'Password')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'Authentication token')
            [CompletionResult]::new('--creds', '--creds', [CompletionResultType]::ParameterName, 'User credentials file (JWT and seed)')
            [CompletionResult]::new('--nkey', '--nkey', [CompletionResultType]::ParameterName, 'NKey seed file')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Time to wait on connect and on responses (e.g. 5s, 500ms)')
            [CompletionResult]::new('--connection-name', '--connection-name', [CompletionResultType]::ParameterName, 'Name of this connection, as the server shows it')
            [CompletionResult]::new('--tlscert', '--tlscert', [CompletionResultType]::ParameterName, 'TLS client certificate file (with --tlskey)')
            [CompletionResult]::new('--tlskey', '--tlskey', [CompletionResultType]::ParameterName, 'TLS client key file')
            [CompletionResult]::new('--tlsca', '--tlsca', [CompletionResultType]::ParameterName, 'CA file that signed the server''s certificate (TLS is then required)')
            [CompletionResult]::new('--select', '--select', [CompletionResultType]::ParameterName, 'Also make it the selected context')
            [CompletionResult]::new('--tlsfirst', '--tlsfirst', [CompletionResultType]::ParameterName, 'Start TLS before the server''s INFO (for servers with handshake_first)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'natsx;context;edit' {
            [CompletionResult]::new('--description', '--description', [CompletionResultType]::ParameterName, 'description')
            [CompletionResult]::new('-s', '-s', [CompletionResultType]::ParameterName, 'NATS server URLs, comma separated [default: the context''s, else nats://127.0.0.1:4222]')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'NATS server URLs, comma separated [default: the context''s, else nats://127.0.0.1:4222]')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'The connection context to use (`natsx context`), instead of the selected one')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'Username or token')
            [CompletionResult]::new('--password', '--password', [CompletionResultType]::ParameterName, 'Password')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'Authentication token')
            [CompletionResult]::new('--creds', '--creds', [CompletionResultType]::ParameterName, 'User credentials file (JWT and seed)')
            [CompletionResult]::new('--nkey', '--nkey', [CompletionResultType]::ParameterName, 'NKey seed file')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Time to wait on connect and on responses (e.g. 5s, 500ms)')
            [CompletionResult]::new('--connection-name', '--connection-name', [CompletionResultType]::ParameterName, 'Name of this connection, as the server shows it')
            [CompletionResult]::new('--tlscert', '--tlscert', [CompletionResultType]::ParameterName, 'TLS client certificate file (with --tlskey)')
            [CompletionResult]::new('--tlskey', '--tlskey', [CompletionResultType]::ParameterName, 'TLS client key file')
            [CompletionResult]::new('--tlsca', '--tlsca', [CompletionResultType]::ParameterName, 'CA file that signed the server''s certificate (TLS is then required)')
            [CompletionResult]::new('--tlsfirst', '--tlsfirst', [CompletionResultType]::ParameterName, 'Start TLS before the server''s INFO (for servers with handshake_first)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'natsx;context;ls' {
            [CompletionResult]::new('-s', '-s', [CompletionResultType]::ParameterName, 'NATS server URLs, comma separated [default: the context''s, else nats://127.0.0.1:4222]')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'NATS server URLs, comma separated [default: the context''s, else nats://127.0.0.1:4222]')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'The connection context to use (`natsx context`), instead of the selected one')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'Username or token')
            [CompletionResult]::new('--password', '--password', [CompletionResultType]::ParameterName, 'Password')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'Authentication token')
            [CompletionResult]::new('--creds', '--creds', [CompletionResultType]::ParameterName, 'User credentials file (JWT and seed)')
            [CompletionResult]::new('--nkey', '--nkey', [CompletionResultType]::ParameterName, 'NKey seed file')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Time to wait on connect and on responses (e.g. 5s, 500ms)')
            [CompletionResult]::new('--connection-name', '--connection-name', [CompletionResultType]::ParameterName, 'Name of this connection, as the server shows it')
            [CompletionResult]::new('--tlscert', '--tlscert', [CompletionResultType]::ParameterName, 'TLS client certificate file (with --tlskey)')
            [CompletionResult]::new('--tlskey', '--tlskey', [CompletionResultType]::ParameterName, 'TLS client key file')
            [CompletionResult]::new('--tlsca', '--tlsca', [CompletionResultType]::ParameterName, 'CA file that signed the server''s certificate (TLS is then required)')
            [CompletionResult]::new('--tlsfirst', '--tlsfirst', [CompletionResultType]::ParameterName, 'Start TLS before the server''s INFO (for servers with handshake_first)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'natsx;context;select' {
            [CompletionResult]::new('-s', '-s', [CompletionResultType]::ParameterName, 'NATS server URLs, comma separated [default: the context''s, else nats://127.0.0.1:4222]')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'NATS server URLs, comma separated [default: the context''s, else nats://127.0.0.1:4222]')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'The connection context to use (`natsx context`), instead of the selected one')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'Username or token')
            [CompletionResult]::new('--password', '--password', [CompletionResultType]::ParameterName, 'Password')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'Authentication token')
            [CompletionResult]::new('--creds', '--creds', [CompletionResultType]::ParameterName, 'User credentials file (JWT and seed)')
            [CompletionResult]::new('--nkey', '--nkey', [CompletionResultType]::ParameterName, 'NKey seed file')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Time to wait on connect and on responses (e.g. 5s, 500ms)')
            [CompletionResult]::new('--connection-name', '--connection-name', [CompletionResultType]::ParameterName, 'Name of this connection, as the server shows it')
            [CompletionResult]::new('--tlscert', '--tlscert', [CompletionResultType]::ParameterName, 'TLS client certificate file (with --tlskey)')
            [CompletionResult]::new('--tlskey', '--tlskey', [CompletionResultType]::ParameterName, 'TLS client key file')
            [CompletionResult]::new('--tlsca', '--tlsca', [CompletionResultType]::ParameterName, 'CA file that signed the server''s certificate (TLS is then required)')
            [CompletionResult]::new('--tlsfirst', '--tlsfirst', [CompletionResultType]::ParameterName, 'Start TLS before the server''s INFO (for servers with handshake_first)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'natsx;context;info' {
            [CompletionResult]::new('-s', '-s', [CompletionResultType]::ParameterName, 'NATS server URLs, comma separated [default: the context''s, else nats://127.0.0.1:4222]')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'NATS server URLs, comma separated [default: the context''s, else nats://127.0.0.1:4222]')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'The connection context to use (`natsx context`), instead of the selected one')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'Username or token')
            [CompletionResult]::new('--password', '--password', [CompletionResultType]::ParameterName, 'Password')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'Authentication token')
            [CompletionResult]::new('--creds', '--creds', [CompletionResultType]::ParameterName, 'User credentials file (JWT and seed)')
            [CompletionResult]::new('--nkey', '--nkey', [CompletionResultType]::ParameterName, 'NKey seed file')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Time to wait on connect and on responses (e.g. 5s, 500ms)')
            [CompletionResult]::new('--connection-name', '--connection-name', [CompletionResultType]::ParameterName, 'Name of this connection, as the server shows it')
            [CompletionResult]::new('--tlscert', '--tlscert', [CompletionResultType]::ParameterName, 'TLS client certificate file (with --tlskey)')
            [CompletionResult]::new('--tlskey', '--tlskey', [CompletionResultType]::ParameterName, 'TLS client key file')
            [CompletionResult]::new('--tlsca', '--tlsca', [CompletionResultType]::ParameterName, 'CA file that signed the server''s certificate (TLS is then required)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'json')
            [CompletionResult]::new('--tlsfirst', '--tlsfirst', [CompletionResultType]::ParameterName, 'Start TLS before the server''s INFO (for servers with handshake_first)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'natsx;context;rm' {
            [CompletionResult]::new('-s', '-s', [CompletionResultType]::ParameterName, 'NATS server URLs, comma separated [default: the context''s, else nats://127.0.0.1:4222]')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'NATS server URLs, comma separated [default: the context''s, else nats://127.0.0.1:4222]')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'The connection context to use (`natsx context`), instead of the selected one')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'Username or token')
            [CompletionResult]::new('--password', '--password', [CompletionResultType]::ParameterName, 'Password')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'Authentication token')
            [CompletionResult]::new('--creds', '--creds', [CompletionResultType]::ParameterName, 'User credentials file (JWT and seed)')
            [CompletionResult]::new('--nkey', '--nkey', [CompletionResultType]::ParameterName, 'NKey seed file')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Time to wait on connect and on responses (e.g. 5s, 500ms)')
            [CompletionResult]::new('--connection-name', '--connection-name', [CompletionResultType]::ParameterName, 'Name of this connection, as the server shows it')
            [CompletionResult]::new('--tlscert', '--tlscert', [CompletionResultType]::ParameterName, 'TLS client certificate file (with --tlskey)')
            [CompletionResult]::new('--tlskey', '--tlskey', [CompletionResultType]::ParameterName, 'TLS client key file')
            [CompletionResult]::new('--tlsca', '--tlsca', [CompletionResultType]::ParameterName, 'CA file that signed the server''s certificate (TLS is then required)')
            [CompletionResult]::new('-f', '-f', [CompletionResultType]::ParameterName, 'Remove it even when it is the selected one (the selection is cleared)')
            [CompletionResult]::new('--force', '--force', [CompletionResultType]::ParameterName, 'Remove it even when it is the selected one (the selection is cleared)')
            [CompletionResult]::new('--tlsfirst', '--tlsfirst', [CompletionResultType]::ParameterName, 'Start TLS before the server''s INFO (for servers with handshake_first)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'natsx;context;help' {
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Save a context from the connection flags given (`-s`, `--user`, `--creds`, ...)')
            [CompletionResult]::new('edit', 'edit', [CompletionResultType]::ParameterValue, 'Change a context: the connection flags given replace its values')
            [CompletionResult]::new('ls', 'ls', [CompletionResultType]::ParameterValue, 'List the contexts (the selected one marked `*`)')
            [CompletionResult]::new('select', 'select', [CompletionResultType]::ParameterValue, 'Make a context the one every command uses by default')
            [CompletionResult]::new('info', 'info', [CompletionResultType]::ParameterValue, 'Show a context (default: the selected one); passwords and tokens are hidden')
            [CompletionResult]::new('rm', 'rm', [CompletionResultType]::ParameterValue, 'Remove a context (not the selected one)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'natsx;context;help;add' {
            break
        }
        'natsx;context;help;edit' {
            break
        }
        'natsx;context;help;ls' {
            break
        }
        'natsx;context;help;select' {
            break
        }
        'natsx;context;help;info' {
            break
        }
        'natsx;context;help;rm' {
            break
        }
        'natsx;context;help;help' {
            break
        }
        'natsx;completion' {
            [CompletionResult]::new('-s', '-s', [CompletionResultType]::ParameterName, 'NATS server URLs, comma separated [default: the context''s, else nats://127.0.0.1:4222]')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'NATS server URLs, comma separated [default: the context''s, else nats://127.0.0.1:4222]')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'The connection context to use (`natsx context`), instead of the selected one')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'Username or token')
            [CompletionResult]::new('--password', '--password', [CompletionResultType]::ParameterName, 'Password')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'Authentication token')
            [CompletionResult]::new('--creds', '--creds', [CompletionResultType]::ParameterName, 'User credentials file (JWT and seed)')
            [CompletionResult]::new('--nkey', '--nkey', [CompletionResultType]::ParameterName, 'NKey seed file')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Time to wait on connect and on responses (e.g. 5s, 500ms)')
            [CompletionResult]::new('--connection-name', '--connection-name', [CompletionResultType]::ParameterName, 'Name of this connection, as the server shows it')
            [CompletionResult]::new('--tlscert', '--tlscert', [CompletionResultType]::ParameterName, 'TLS client certificate file (with --tlskey)')
            [CompletionResult]::new('--tlskey', '--tlskey', [CompletionResultType]::ParameterName, 'TLS client key file')
            [CompletionResult]::new('--tlsca', '--tlsca', [CompletionResultType]::ParameterName, 'CA file that signed the server''s certificate (TLS is then required)')
            [CompletionResult]::new('--tlsfirst', '--tlsfirst', [CompletionResultType]::ParameterName, 'Start TLS before the server''s INFO (for servers with handshake_first)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'natsx;man' {
            [CompletionResult]::new('--dir', '--dir', [CompletionResultType]::ParameterName, 'Where to write `natsx.1`, `natsx-pub.1`, ... (default: print natsx(1))')
            [CompletionResult]::new('-s', '-s', [CompletionResultType]::ParameterName, 'NATS server URLs, comma separated [default: the context''s, else nats://127.0.0.1:4222]')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'NATS server URLs, comma separated [default: the context''s, else nats://127.0.0.1:4222]')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'The connection context to use (`natsx context`), instead of the selected one')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'Username or token')
            [CompletionResult]::new('--password', '--password', [CompletionResultType]::ParameterName, 'Password')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'Authentication token')
            [CompletionResult]::new('--creds', '--creds', [CompletionResultType]::ParameterName, 'User credentials file (JWT and seed)')
            [CompletionResult]::new('--nkey', '--nkey', [CompletionResultType]::ParameterName, 'NKey seed file')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Time to wait on connect and on responses (e.g. 5s, 500ms)')
            [CompletionResult]::new('--connection-name', '--connection-name', [CompletionResultType]::ParameterName, 'Name of this connection, as the server shows it')
            [CompletionResult]::new('--tlscert', '--tlscert', [CompletionResultType]::ParameterName, 'TLS client certificate file (with --tlskey)')
            [CompletionResult]::new('--tlskey', '--tlskey', [CompletionResultType]::ParameterName, 'TLS client key file')
            [CompletionResult]::new('--tlsca', '--tlsca', [CompletionResultType]::ParameterName, 'CA file that signed the server''s certificate (TLS is then required)')
            [CompletionResult]::new('--tlsfirst', '--tlsfirst', [CompletionResultType]::ParameterName, 'Start TLS before the server''s INFO (for servers with handshake_first)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'natsx;help' {
            [CompletionResult]::new('server', 'server', [CompletionResultType]::ParameterValue, 'Run the server; takes nats-server''s flags (see `natsx server --help`). With a verb it administers servers through the system account instead: ping, list, info, report connections|accounts|jetstream, request KIND, check connection|jetstream|stream (`natsx server VERB --help`); `natsx server mapping SOURCE DESTINATION [SUBJECT]` tests a subject mapping')
            [CompletionResult]::new('pub', 'pub', [CompletionResultType]::ParameterValue, 'Publish messages to a subject')
            [CompletionResult]::new('sub', 'sub', [CompletionResultType]::ParameterValue, 'Subscribe to a subject and print the messages')
            [CompletionResult]::new('req', 'req', [CompletionResultType]::ParameterValue, 'Send a request and wait for replies')
            [CompletionResult]::new('reply', 'reply', [CompletionResultType]::ParameterValue, 'Answer requests on a subject')
            [CompletionResult]::new('bench', 'bench', [CompletionResultType]::ParameterValue, 'Measure throughput and latency (like `nats bench`)')
            [CompletionResult]::new('stream', 'stream', [CompletionResultType]::ParameterValue, 'Manage JetStream streams')
            [CompletionResult]::new('consumer', 'consumer', [CompletionResultType]::ParameterValue, 'Manage JetStream consumers')
            [CompletionResult]::new('kv', 'kv', [CompletionResultType]::ParameterValue, 'Key-Value buckets: put, get, watch, history')
            [CompletionResult]::new('obj', 'obj', [CompletionResultType]::ParameterValue, 'Object Store buckets: put and get files of any size')
            [CompletionResult]::new('account', 'account', [CompletionResultType]::ParameterValue, 'The connected account: connection, permissions, JetStream usage, exports and imports')
            [CompletionResult]::new('rtt', 'rtt', [CompletionResultType]::ParameterValue, 'The round trip to the server')
            [CompletionResult]::new('events', 'events', [CompletionResultType]::ParameterValue, 'Client connect/disconnect events (system account) and JetStream advisories')
            [CompletionResult]::new('repl', 'repl', [CompletionResultType]::ParameterValue, 'An interactive shell on one connection (also `natsx` alone on a terminal)')
            [CompletionResult]::new('micro', 'micro', [CompletionResultType]::ParameterValue, 'Services built with the clients'' service API: ls, info, stats, ping')
            [CompletionResult]::new('context', 'context', [CompletionResultType]::ParameterValue, 'Named connection settings, shared with the nats CLI (add, edit, ls, select, info, rm)')
            [CompletionResult]::new('completion', 'completion', [CompletionResultType]::ParameterValue, 'Print the shell completion script (bash, zsh, fish, elvish, powershell)')
            [CompletionResult]::new('man', 'man', [CompletionResultType]::ParameterValue, 'Write the man pages, one per subcommand, into a directory (or print natsx(1))')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'natsx;help;server' {
            break
        }
        'natsx;help;pub' {
            break
        }
        'natsx;help;sub' {
            break
        }
        'natsx;help;req' {
            break
        }
        'natsx;help;reply' {
            break
        }
        'natsx;help;bench' {
            [CompletionResult]::new('pub', 'pub', [CompletionResultType]::ParameterValue, 'Publish messages and measure the publish rate')
            [CompletionResult]::new('sub', 'sub', [CompletionResultType]::ParameterValue, 'Subscribe and measure the receive rate (start it before `bench pub`)')
            [CompletionResult]::new('pubsub', 'pubsub', [CompletionResultType]::ParameterValue, 'Publishers and subscribers together in one run')
            [CompletionResult]::new('service', 'service', [CompletionResultType]::ParameterValue, 'Request/reply: `serve` answers, `request` measures')
            [CompletionResult]::new('js', 'js', [CompletionResultType]::ParameterValue, 'JetStream: publish with acknowledgements, consume through consumers')
            [CompletionResult]::new('kv', 'kv', [CompletionResultType]::ParameterValue, 'Key-Value: put and get')
            [CompletionResult]::new('obj', 'obj', [CompletionResultType]::ParameterValue, 'Object Store: put and get throughput')
            [CompletionResult]::new('idle', 'idle', [CompletionResultType]::ParameterValue, 'Hold idle connections and subscriptions open (for memory measurements)')
            break
        }
        'natsx;help;bench;pub' {
            break
        }
        'natsx;help;bench;sub' {
            break
        }
        'natsx;help;bench;pubsub' {
            break
        }
        'natsx;help;bench;service' {
            [CompletionResult]::new('serve', 'serve', [CompletionResultType]::ParameterValue, 'Answer requests with a reply of --size bytes until stopped')
            [CompletionResult]::new('request', 'request', [CompletionResultType]::ParameterValue, 'Send requests and measure round-trip latency and throughput')
            break
        }
        'natsx;help;bench;service;serve' {
            break
        }
        'natsx;help;bench;service;request' {
            break
        }
        'natsx;help;bench;js' {
            [CompletionResult]::new('pub', 'pub', [CompletionResultType]::ParameterValue, 'Publish to a stream and wait for the acknowledgements')
            [CompletionResult]::new('consume', 'consume', [CompletionResultType]::ParameterValue, 'Consume a stream through a pull or push consumer, acknowledging each message')
            break
        }
        'natsx;help;bench;js;pub' {
            break
        }
        'natsx;help;bench;js;consume' {
            break
        }
        'natsx;help;bench;kv' {
            [CompletionResult]::new('put', 'put', [CompletionResultType]::ParameterValue, 'Put values (each put waits for its revision)')
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Get values written by `bench kv put`')
            break
        }
        'natsx;help;bench;kv;put' {
            break
        }
        'natsx;help;bench;kv;get' {
            break
        }
        'natsx;help;bench;obj' {
            [CompletionResult]::new('put', 'put', [CompletionResultType]::ParameterValue, 'Upload objects and measure MB/s')
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Download the objects `bench obj put` stored')
            break
        }
        'natsx;help;bench;obj;put' {
            break
        }
        'natsx;help;bench;obj;get' {
            break
        }
        'natsx;help;bench;idle' {
            break
        }
        'natsx;help;stream' {
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Create a stream')
            [CompletionResult]::new('edit', 'edit', [CompletionResultType]::ParameterValue, 'Change a stream''s configuration')
            [CompletionResult]::new('info', 'info', [CompletionResultType]::ParameterValue, 'Show a stream''s configuration and state')
            [CompletionResult]::new('ls', 'ls', [CompletionResultType]::ParameterValue, 'List streams')
            [CompletionResult]::new('rm', 'rm', [CompletionResultType]::ParameterValue, 'Delete a stream and all its messages')
            [CompletionResult]::new('purge', 'purge', [CompletionResultType]::ParameterValue, 'Remove messages from a stream')
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Show one message')
            [CompletionResult]::new('rmm', 'rmm', [CompletionResultType]::ParameterValue, 'Delete one message')
            [CompletionResult]::new('view', 'view', [CompletionResultType]::ParameterValue, 'Show the messages of a stream')
            [CompletionResult]::new('report', 'report', [CompletionResultType]::ParameterValue, 'A table of every stream')
            break
        }
        'natsx;help;stream;add' {
            break
        }
        'natsx;help;stream;edit' {
            break
        }
        'natsx;help;stream;info' {
            break
        }
        'natsx;help;stream;ls' {
            break
        }
        'natsx;help;stream;rm' {
            break
        }
        'natsx;help;stream;purge' {
            break
        }
        'natsx;help;stream;get' {
            break
        }
        'natsx;help;stream;rmm' {
            break
        }
        'natsx;help;stream;view' {
            break
        }
        'natsx;help;stream;report' {
            break
        }
        'natsx;help;consumer' {
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Create a consumer')
            [CompletionResult]::new('edit', 'edit', [CompletionResultType]::ParameterValue, 'Change a consumer''s configuration')
            [CompletionResult]::new('info', 'info', [CompletionResultType]::ParameterValue, 'Show a consumer''s configuration and state')
            [CompletionResult]::new('ls', 'ls', [CompletionResultType]::ParameterValue, 'List a stream''s consumers')
            [CompletionResult]::new('rm', 'rm', [CompletionResultType]::ParameterValue, 'Delete a consumer')
            [CompletionResult]::new('next', 'next', [CompletionResultType]::ParameterValue, 'Fetch messages from a pull consumer')
            [CompletionResult]::new('sub', 'sub', [CompletionResultType]::ParameterValue, 'Receive messages from a push consumer')
            break
        }
        'natsx;help;consumer;add' {
            break
        }
        'natsx;help;consumer;edit' {
            break
        }
        'natsx;help;consumer;info' {
            break
        }
        'natsx;help;consumer;ls' {
            break
        }
        'natsx;help;consumer;rm' {
            break
        }
        'natsx;help;consumer;next' {
            break
        }
        'natsx;help;consumer;sub' {
            break
        }
        'natsx;help;kv' {
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Create a bucket')
            [CompletionResult]::new('info', 'info', [CompletionResultType]::ParameterValue, 'Show a bucket''s configuration and state')
            [CompletionResult]::new('ls', 'ls', [CompletionResultType]::ParameterValue, 'List buckets')
            [CompletionResult]::new('rm', 'rm', [CompletionResultType]::ParameterValue, 'Delete a bucket and all its values')
            [CompletionResult]::new('put', 'put', [CompletionResultType]::ParameterValue, 'Store a value')
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Show a value')
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Store a value only if the key has none')
            [CompletionResult]::new('update', 'update', [CompletionResultType]::ParameterValue, 'Replace a value only if it is still at the given revision (compare and set)')
            [CompletionResult]::new('del', 'del', [CompletionResultType]::ParameterValue, 'Delete a key (leaves a delete marker; history is kept)')
            [CompletionResult]::new('purge', 'purge', [CompletionResultType]::ParameterValue, 'Remove a key and its history (leaves a purge marker)')
            [CompletionResult]::new('history', 'history', [CompletionResultType]::ParameterValue, 'Show every stored revision of a key')
            [CompletionResult]::new('keys', 'keys', [CompletionResultType]::ParameterValue, 'List the keys that have a value')
            [CompletionResult]::new('watch', 'watch', [CompletionResultType]::ParameterValue, 'Print changes as they happen')
            [CompletionResult]::new('compact', 'compact', [CompletionResultType]::ParameterValue, 'Remove delete and purge markers left by deleted keys')
            break
        }
        'natsx;help;kv;add' {
            break
        }
        'natsx;help;kv;info' {
            break
        }
        'natsx;help;kv;ls' {
            break
        }
        'natsx;help;kv;rm' {
            break
        }
        'natsx;help;kv;put' {
            break
        }
        'natsx;help;kv;get' {
            break
        }
        'natsx;help;kv;create' {
            break
        }
        'natsx;help;kv;update' {
            break
        }
        'natsx;help;kv;del' {
            break
        }
        'natsx;help;kv;purge' {
            break
        }
        'natsx;help;kv;history' {
            break
        }
        'natsx;help;kv;keys' {
            break
        }
        'natsx;help;kv;watch' {
            break
        }
        'natsx;help;kv;compact' {
            break
        }
        'natsx;help;obj' {
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Create a bucket')
            [CompletionResult]::new('info', 'info', [CompletionResultType]::ParameterValue, 'Show a bucket, or one object in it')
            [CompletionResult]::new('ls', 'ls', [CompletionResultType]::ParameterValue, 'List buckets, or the objects in one')
            [CompletionResult]::new('rm', 'rm', [CompletionResultType]::ParameterValue, 'Delete a bucket and everything in it')
            [CompletionResult]::new('put', 'put', [CompletionResultType]::ParameterValue, 'Upload a file (or standard input with `-`)')
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Download an object to a file (or standard output with `-O -`)')
            [CompletionResult]::new('del', 'del', [CompletionResultType]::ParameterValue, 'Delete an object')
            [CompletionResult]::new('seal', 'seal', [CompletionResultType]::ParameterValue, 'Make a bucket read-only')
            [CompletionResult]::new('watch', 'watch', [CompletionResultType]::ParameterValue, 'Print changes to a bucket as they happen')
            break
        }
        'natsx;help;obj;add' {
            break
        }
        'natsx;help;obj;info' {
            break
        }
        'natsx;help;obj;ls' {
            break
        }
        'natsx;help;obj;rm' {
            break
        }
        'natsx;help;obj;put' {
            break
        }
        'natsx;help;obj;get' {
            break
        }
        'natsx;help;obj;del' {
            break
        }
        'natsx;help;obj;seal' {
            break
        }
        'natsx;help;obj;watch' {
            break
        }
        'natsx;help;account' {
            [CompletionResult]::new('info', 'info', [CompletionResultType]::ParameterValue, 'Show the connected account: connection, permissions, JetStream usage and limits')
            [CompletionResult]::new('nkey', 'nkey', [CompletionResultType]::ParameterValue, 'Make and use NKeys: gen, show, sign, verify (as `nats auth nkey`)')
            [CompletionResult]::new('init', 'init', [CompletionResultType]::ParameterValue, 'Create an operator with a system account, in an nsc store (as `nsc init`)')
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Add an operator, account or user (as `nsc add`)')
            [CompletionResult]::new('edit', 'edit', [CompletionResultType]::ParameterValue, 'Change an account, or scope a signing key (as `nsc edit`)')
            [CompletionResult]::new('generate', 'generate', [CompletionResultType]::ParameterValue, 'Generate a user''s creds or a server configuration (as `nsc generate`)')
            [CompletionResult]::new('describe', 'describe', [CompletionResultType]::ParameterValue, 'Show an operator, account or user JWT: from the store, a file or stdin (`--file -`)')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the store''s keys (as `nsc list keys --all`)')
            [CompletionResult]::new('callout', 'callout', [CompletionResultType]::ParameterValue, 'Run an auth callout service (`serve`) that admits the users of a file')
            [CompletionResult]::new('revocations', 'revocations', [CompletionResultType]::ParameterValue, 'Revoke users (as `nsc revocations`)')
            [CompletionResult]::new('push', 'push', [CompletionResultType]::ParameterValue, 'Send account JWTs to a server''s NATS-based resolver, or remove them (as `nsc push`)')
            [CompletionResult]::new('pull', 'pull', [CompletionResultType]::ParameterValue, 'Fetch account JWTs from a server''s NATS-based resolver into the store (as `nsc pull`)')
            break
        }
        'natsx;help;account;info' {
            break
        }
        'natsx;help;account;nkey' {
            [CompletionResult]::new('gen', 'gen', [CompletionResultType]::ParameterValue, 'Generate a key pair and print its seed')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Print the public key of a seed file')
            [CompletionResult]::new('sign', 'sign', [CompletionResultType]::ParameterValue, 'Sign a file with a seed; prints the base64url signature')
            [CompletionResult]::new('verify', 'verify', [CompletionResultType]::ParameterValue, 'Verify a file''s signature (a file holding the base64url signature) with a public key or a seed')
            break
        }
        'natsx;help;account;nkey;gen' {
            break
        }
        'natsx;help;account;nkey;show' {
            break
        }
        'natsx;help;account;nkey;sign' {
            break
        }
        'natsx;help;account;nkey;verify' {
            break
        }
        'natsx;help;account;init' {
            break
        }
        'natsx;help;account;add' {
            [CompletionResult]::new('operator', 'operator', [CompletionResultType]::ParameterValue, 'Add an operator (its key signs accounts)')
            [CompletionResult]::new('account', 'account', [CompletionResultType]::ParameterValue, 'Add an account signed by the current operator')
            [CompletionResult]::new('user', 'user', [CompletionResultType]::ParameterValue, 'Add a user signed by an account')
            break
        }
        'natsx;help;account;add;operator' {
            break
        }
        'natsx;help;account;add;account' {
            break
        }
        'natsx;help;account;add;user' {
            break
        }
        'natsx;help;account;edit' {
            [CompletionResult]::new('account', 'account', [CompletionResultType]::ParameterValue, 'Change an account''s limits or signing keys')
            [CompletionResult]::new('signing-key', 'signing-key', [CompletionResultType]::ParameterValue, 'Make a signing key scoped: its users get this role''s permissions (a template: `{{name()}}`, `{{tag(NAME)}}` ... are filled in per user)')
            [CompletionResult]::new('authcallout', 'authcallout', [CompletionResultType]::ParameterValue, 'Make the account an auth callout account (as `nsc edit authcallout`): clients presenting its users'' JWTs, but for `--auth-user`s, are handed to the callout service running as an auth user')
            break
        }
        'natsx;help;account;edit;account' {
            break
        }
        'natsx;help;account;edit;signing-key' {
            break
        }
        'natsx;help;account;edit;authcallout' {
            break
        }
        'natsx;help;account;generate' {
            [CompletionResult]::new('creds', 'creds', [CompletionResultType]::ParameterValue, 'Print (or write) a user''s .creds file')
            [CompletionResult]::new('config', 'config', [CompletionResultType]::ParameterValue, 'Print a server configuration that trusts the current operator')
            break
        }
        'natsx;help;account;generate;creds' {
            break
        }
        'natsx;help;account;generate;config' {
            break
        }
        'natsx;help;account;describe' {
            break
        }
        'natsx;help;account;list' {
            [CompletionResult]::new('keys', 'keys', [CompletionResultType]::ParameterValue, 'The operator''s, accounts'' and users'' keys, and whether their seeds are stored')
            break
        }
        'natsx;help;account;list;keys' {
            break
        }
        'natsx;help;account;callout' {
            [CompletionResult]::new('serve', 'serve', [CompletionResultType]::ParameterValue, 'Answer auth callout requests from a users file')
            break
        }
        'natsx;help;account;callout;serve' {
            break
        }
        'natsx;help;account;revocations' {
            [CompletionResult]::new('add-user', 'add-user', [CompletionResultType]::ParameterValue, 'Revoke a user''s JWTs issued until now')
            break
        }
        'natsx;help;account;revocations;add-user' {
            break
        }
        'natsx;help;account;push' {
            break
        }
        'natsx;help;account;pull' {
            break
        }
        'natsx;help;rtt' {
            break
        }
        'natsx;help;events' {
            break
        }
        'natsx;help;repl' {
            break
        }
        'natsx;help;micro' {
            [CompletionResult]::new('ls', 'ls', [CompletionResultType]::ParameterValue, 'List the running service instances (name, version, id, description)')
            [CompletionResult]::new('info', 'info', [CompletionResultType]::ParameterValue, 'A service''s description, endpoints and metadata (each instance, or one by id)')
            [CompletionResult]::new('stats', 'stats', [CompletionResultType]::ParameterValue, 'A service''s request counts, errors and processing times per endpoint')
            [CompletionResult]::new('ping', 'ping', [CompletionResultType]::ParameterValue, 'Ping the instances (all, or of one service) and show how long each took')
            break
        }
        'natsx;help;micro;ls' {
            break
        }
        'natsx;help;micro;info' {
            break
        }
        'natsx;help;micro;stats' {
            break
        }
        'natsx;help;micro;ping' {
            break
        }
        'natsx;help;context' {
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Save a context from the connection flags given (`-s`, `--user`, `--creds`, ...)')
            [CompletionResult]::new('edit', 'edit', [CompletionResultType]::ParameterValue, 'Change a context: the connection flags given replace its values')
            [CompletionResult]::new('ls', 'ls', [CompletionResultType]::ParameterValue, 'List the contexts (the selected one marked `*`)')
            [CompletionResult]::new('select', 'select', [CompletionResultType]::ParameterValue, 'Make a context the one every command uses by default')
            [CompletionResult]::new('info', 'info', [CompletionResultType]::ParameterValue, 'Show a context (default: the selected one); passwords and tokens are hidden')
            [CompletionResult]::new('rm', 'rm', [CompletionResultType]::ParameterValue, 'Remove a context (not the selected one)')
            break
        }
        'natsx;help;context;add' {
            break
        }
        'natsx;help;context;edit' {
            break
        }
        'natsx;help;context;ls' {
            break
        }
        'natsx;help;context;select' {
            break
        }
        'natsx;help;context;info' {
            break
        }
        'natsx;help;context;rm' {
            break
        }
        'natsx;help;completion' {
            break
        }
        'natsx;help;man' {
            break
        }
        'natsx;help;help' {
            break
        }
    })

    $completions.Where{ $_.CompletionText -like "$wordToComplete*" } |
        Sort-Object -Property ListItemText
}
