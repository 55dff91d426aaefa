"""One publish/subscribe round trip through natsx with the official Python client
(nats-py), in the mode the arguments ask for; prints OK or the error. Used by
tests/e2e/python_client.rs.

    roundtrip.py URL [--ca FILE] [--cert FILE --key FILE] [--nkey SEEDFILE] [--creds FILE]
"""
import argparse
import asyncio
import ssl
import sys

import nats


async def main() -> int:
    p = argparse.ArgumentParser()
    p.add_argument("url")
    p.add_argument("--ca")
    p.add_argument("--cert")
    p.add_argument("--key")
    p.add_argument("--nkey")
    p.add_argument("--creds")
    a = p.parse_args()
    opts = {"servers": [a.url], "connect_timeout": 3, "max_reconnect_attempts": 0, "allow_reconnect": False}
    if a.ca:
        ctx = ssl.create_default_context(cafile=a.ca)
        if a.cert:
            ctx.load_cert_chain(a.cert, a.key)
        opts["tls"] = ctx
        opts["tls_hostname"] = "localhost"
    if a.nkey:
        opts["nkeys_seed"] = a.nkey
    if a.creds:
        opts["user_credentials"] = a.creds
    try:
        nc = await nats.connect(**opts)
        sub = await nc.subscribe("py.check")
        await nc.flush()
        await nc.publish("py.check", b"from python")
        msg = await sub.next_msg(timeout=3)
        await nc.close()
        print("OK:" + msg.data.decode())
        return 0
    except Exception as e:  # the test reads what failed
        print(f"ERR:{type(e).__name__}: {e}")
        return 1


sys.exit(asyncio.run(main()))
