sitrepSearchData("terms/t-new",{"new":"FFSloyFVtg","newly":"FFSl8","news":"zLWlaBGB42LSs8yFVtgNVVv8","newspaper":"FyMp8","newswire":"EV_p8"});
