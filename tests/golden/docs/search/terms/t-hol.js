sitrepSearchData("terms/t-hol",{"hold":"RPzih","holds":"RPzi8"});
