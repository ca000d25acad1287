sitrepSearchData("terms/t-nee",{"need":"RPzi8","needs":"RPzig"});
