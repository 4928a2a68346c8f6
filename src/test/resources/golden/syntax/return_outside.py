print("never printed: compile errors come first")
return 5
