sitrepSearchData("terms/t-rem",{"remains":"RPzig"});
