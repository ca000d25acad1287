sitrepSearchData("terms/t-nei",{"neither":"RPzig"});
