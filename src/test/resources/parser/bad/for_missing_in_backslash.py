for t i\\n threads: t.join()
