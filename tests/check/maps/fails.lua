error("this map fails on purpose")
