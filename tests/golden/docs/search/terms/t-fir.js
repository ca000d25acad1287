sitrepSearchData("terms/t-fir",{"first":"XwS48"});
