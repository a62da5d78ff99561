-- The exercise screen with a order exercise (golden images).
return sq.module("exercises").level("order")
