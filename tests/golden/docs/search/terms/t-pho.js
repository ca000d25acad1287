sitrepSearchData("terms/t-pho",{"photographs":"HPMio"});
