-- The exercise screen with a choice exercise (golden images).
return sq.module("exercises").level("choice")
