import threading
t = threading.Thread(target=f args=(1,))
