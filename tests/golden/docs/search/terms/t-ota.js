sitrepSearchData("terms/t-ota",{"otaman":"JzHi2","otan":"QCMj6"});
