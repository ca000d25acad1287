sitrepSearchData("terms/t-aid",{"aid":"AA98NNwv8"});
