sitrepSearchData("terms/t-cen",{"center":"PYE6gyTCu2","central":"PYE68","centre":"SPL42"});
