# sys.exit in a thread ends only that thread; sys.exit("message") prints it and exits 1.
import sys, threading

t = threading.Thread(target=sys.exit, args=(5,))
t.start(); t.join()
print("still running")
sys.exit("bye with a message")
