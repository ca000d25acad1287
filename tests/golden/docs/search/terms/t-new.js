sitrepSearchData("terms/t-new",{"new":"DUFb8IVO2gxxE5o","newly":"RPzi8","news":"zLWlaBGB42xXOr8FYEpgxxE58DWCv8","newspaper":"FyMp8","newswire":"EV_p8"});
