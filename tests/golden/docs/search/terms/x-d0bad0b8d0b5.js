sitrepSearchData("terms/x-d0bad0b8d0b5",{"киев":"KLCc6"});
