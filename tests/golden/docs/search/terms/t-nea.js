sitrepSearchData("terms/t-nea",{"near":"RPzig"});
