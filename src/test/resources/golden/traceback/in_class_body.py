class Config:
    name = "cfg"
    value = int(name)
