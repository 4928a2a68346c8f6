print("never printed")
await something()
