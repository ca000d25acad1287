sitrepSearchData("terms/t-ach",{"achieved":"RPzig"});
