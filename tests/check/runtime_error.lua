-- expect: FILE:2: the level failed on purpose
error("the level failed on purpose")
