sitrepSearchData("terms/x-d184d0b5d0b4",{"федерации":"DAP12"});
