sitrepSearchData("terms/t-tom",{"tomsk":"NXDc8"});
