sitrepSearchData("terms/t-oct",{"october":"x-Cf8"});
