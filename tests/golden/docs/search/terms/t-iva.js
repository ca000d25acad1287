sitrepSearchData("terms/t-iva",{"ivan":"JzHi2"});
