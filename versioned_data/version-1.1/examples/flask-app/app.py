"""A tiny web app for the Docker course.

On its own, it greets every visitor. When the environment variable
REDIS_HOST names a Redis server (compose.yaml sets it), it also counts
the visits in Redis.
"""

import os

import redis
from flask import Flask

app = Flask(__name__)

# compose.yaml sets REDIS_HOST to "redis", the Redis service's name.
REDIS_HOST = os.environ.get("REDIS_HOST")
REDIS_PORT = int(os.environ.get("REDIS_PORT", "6379"))

visits = None
if REDIS_HOST:
    # The client connects lazily: only when the first visit comes in.
    visits = redis.Redis(host=REDIS_HOST, port=REDIS_PORT)


@app.route("/")
def hello():
    if visits is None:
        return "Hello from Flask!\n"
    count = visits.incr("visits")  # adds 1, returns the new total
    return f"Hello from Flask! Visits so far: {count}\n"


if __name__ == "__main__":
    # Listen on every network interface (0.0.0.0), not only on
    # 127.0.0.1: inside a container, 127.0.0.1 is the container itself,
    # and a port published with `docker run -p` could not reach the app.
    app.run(host="0.0.0.0", port=int(os.environ.get("PORT", "5000")))
