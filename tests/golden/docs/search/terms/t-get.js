sitrepSearchData("terms/t-get",{"getting":"PYE6o"});
