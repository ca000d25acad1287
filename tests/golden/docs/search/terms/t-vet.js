sitrepSearchData("terms/t-vet",{"veteran":"WJDn8"});
