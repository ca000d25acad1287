sitrepSearchData("terms/t-dai",{"daily":"DAP18xRIoaEN08IMOp8"});
