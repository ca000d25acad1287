sitrepSearchData("terms/t-hug",{"huge":"HPMio"});
