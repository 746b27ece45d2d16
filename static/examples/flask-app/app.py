"""A tiny web app for the Docker course.

Alone, it answers every visit with a greeting. When the environment variable
REDIS_HOST names a Redis server (compose.yaml sets it), it also counts the
visits in Redis.
"""

import os

import redis
from flask import Flask

app = Flask(__name__)

# compose.yaml sets REDIS_HOST to "redis", the name of the Redis service.
REDIS_HOST = os.environ.get("REDIS_HOST")
REDIS_PORT = int(os.environ.get("REDIS_PORT", "6379"))

# The client connects lazily: nothing happens until the first command.
visits = redis.Redis(host=REDIS_HOST, port=REDIS_PORT) if REDIS_HOST else None


@app.route("/")
def hello():
    if visits is None:
        return "Hello from Flask!\n"
    count = visits.incr("visits")  # Redis adds 1 and returns the new total.
    return f"Hello from Flask! Visits so far: {count}\n"


if __name__ == "__main__":
    # Listen on every network interface (0.0.0.0), not only on 127.0.0.1:
    # inside a container, 127.0.0.1 is the container itself, so a port
    # published with `docker run -p` could never reach the app.
    app.run(host="0.0.0.0", port=int(os.environ.get("PORT", "5000")))
