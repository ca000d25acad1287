sitrepSearchData("terms/t-wed",{"wednesday":"RPzig"});
