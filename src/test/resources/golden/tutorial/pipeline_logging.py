# Real Python style producer/consumer pipeline: queue.Queue, threading.Event, logging with
# format "%(threadName)s: %(message)s" (only the main thread logs the interleaved parts).
import concurrent.futures
import logging
import queue
import threading
import time

SENTINEL = object()


def producer(pipeline, messages):
    for message in messages:
        pipeline.put(message)
    pipeline.put(SENTINEL)


def consumer(pipeline, results):
    while True:
        message = pipeline.get()
        if message is SENTINEL:
            break
        results.append(message * 10)
        pipeline.task_done()


if __name__ == "__main__":
    logging.basicConfig(format="%(threadName)s: %(message)s", level=logging.INFO)
    log = logging.getLogger()
    log.setLevel(logging.DEBUG)
    pipeline = queue.Queue(maxsize=3)
    results = []
    logging.info("Main: starting pipeline")
    with concurrent.futures.ThreadPoolExecutor(max_workers=2) as executor:
        executor.submit(producer, pipeline, list(range(1, 11)))
        executor.submit(consumer, pipeline, results)
    logging.info("Main: pipeline done, %d results, sum %d", len(results), sum(results))
    logging.debug("Main: results %s", results)

    event = threading.Event()

    def waiter(n):
        event.wait()
        time.sleep(0.01 * n)
        return n

    with concurrent.futures.ThreadPoolExecutor(max_workers=3, thread_name_prefix="Waiter") as ex:
        futures = [ex.submit(waiter, i) for i in range(3)]
        logging.warning("Main: releasing %d waiters", len(futures))
        event.set()
        done = [f.result() for f in futures]
    logging.info("Main: waiters returned %s", done)
