sitrepSearchData("terms/t-92",{"92":"JzHi2"});
