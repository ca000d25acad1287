sitrepSearchData("terms/t-whe",{"where":"RPzig"});
