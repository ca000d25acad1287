sitrepSearchData("terms/x-d181d0bed0bb",{"соледар":"_-L36"});
