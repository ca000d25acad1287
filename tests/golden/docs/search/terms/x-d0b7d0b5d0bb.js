sitrepSearchData("terms/x-d0b7d0b5d0bb",{"зеленскии":"-R-v6","зеленськии":"-R-v6"});
