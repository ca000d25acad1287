sitrepSearchData("terms/x-d183d0bad180",{"украина":"LwN96","украіна":"LwN96"});
